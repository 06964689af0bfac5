import { readFile } from 'node:fs/promises';
import {
  assertInterfaceType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { describe, expect, test } from 'vitest';
import { schema } from '../../apps/server/src/schema/index.js';
import { printedSchema, schemaFile } from '../../apps/server/src/schema-file.js';

const ownTypes = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));

describe('schema.graphql, the API contract', () => {
  test('is what the code builds: run `pnpm generate` after changing the schema', async () => {
    expect(await readFile(schemaFile, 'utf8')).toBe(printedSchema());
  });
});

describe('schema conventions', () => {
  test('every type, field, argument and enum value is described', () => {
    const missing: string[] = [];
    for (const type of ownTypes) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('every entity with an id implements Node, and connections are named *Connection with totalCount', () => {
    const node = assertInterfaceType(schema.getType('Node'));
    const problems: string[] = [];
    for (const type of ownTypes) {
      if (!isObjectType(type)) continue;
      const fields = type.getFields();
      if (fields.id && !type.getInterfaces().includes(node)) problems.push(`${type.name} has an id but is not a Node`);
      for (const field of Object.values(fields)) {
        const returned = getNamedType(field.type);
        const isConnection =
          isObjectType(returned) && 'edges' in returned.getFields() && 'pageInfo' in returned.getFields();
        if (isConnection && !returned.name.endsWith('Connection'))
          problems.push(`${type.name}.${field.name} returns ${returned.name}`);
        if (isConnection && !('totalCount' in returned.getFields()))
          problems.push(`${returned.name} has no totalCount`);
        if (isConnection && !field.args.some((arg) => arg.name === 'first'))
          problems.push(`${type.name}.${field.name} has no first`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('each connection type is shared: one name per node type', () => {
    const connections = ownTypes.filter((type) => type.name.endsWith('Connection')).map((type) => type.name);
    expect(connections.sort()).toEqual([
      'ActorConnection',
      'ArticleConnection',
      'ArticleVersionConnection',
      'AssessmentConnection',
      'AttributionHopConnection',
      'ChangeEventConnection',
      'ClaimActorConnection',
      'ClaimAppearanceConnection',
      'ClaimConnection',
      'SourceConnection',
    ]);
  });

  test('unions only join object types', () => {
    for (const type of ownTypes.filter(isUnionType)) expect(type.getTypes().length).toBeGreaterThan(1);
  });
});
