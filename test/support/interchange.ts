import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../apps/server/src/db/database.js';
import { adminUrl, databaseUrl } from './postgres-setup.js';

const data = path.resolve(import.meta.dirname, '../data');
const read = (file: string) => JSON.parse(readFileSync(path.join(data, file), 'utf8')) as object;

/** The JSON-LD contexts the exports name, served from test data: expansion never reaches the network. */
const CONTEXTS: Record<string, object> = {
  'https://schema.org': read('jsonld-contexts/schemaorg-context.jsonld'),
  'http://www.w3.org/ns/anno.jsonld': read('jsonld-contexts/anno.jsonld'),
};
CONTEXTS['https://schema.org/'] = CONTEXTS['https://schema.org'] as object;
CONTEXTS['http://schema.org'] = CONTEXTS['https://schema.org'] as object;
CONTEXTS['http://schema.org/'] = CONTEXTS['https://schema.org'] as object;

export const documentLoader = async (url: string) => {
  const document = CONTEXTS[url];
  if (!document) throw new Error(`No local copy of ${url}: the tests load no document from the network.`);
  return { contextUrl: undefined, document, documentUrl: url };
};

/** Expands a JSON-LD document with the local contexts. */
export async function expand(document: object): Promise<Record<string, unknown>[]> {
  return (await jsonld.expand(document as never, { documentLoader } as never)) as unknown as Record<string, unknown>[];
}

/** Every IRI used as a property or a type in an expanded document. */
export function termsOf(expanded: unknown): Set<string> {
  const terms = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (!key.startsWith('@')) terms.add(key);
      if (key === '@type') for (const type of [value].flat()) terms.add(String(type));
      walk(value);
    }
  };
  walk(expanded);
  return terms;
}

/** The STIX 2.1 schemas, compiled once. */
function stixSchemas() {
  // The schemas' patterns are ECMAScript regexes written without the unicode flag in mind.
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false, logger: false });
  addFormats.default(ajv);
  const root = path.join(data, 'stix-2.1-schemas/schemas');
  for (const dir of readdirSync(root)) {
    for (const file of readdirSync(path.join(root, dir)))
      ajv.addSchema(read(`stix-2.1-schemas/schemas/${dir}/${file}`));
  }
  const base = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas';
  const get = (id: string) => ajv.getSchema(`${base}/${id}`) as ValidateFunction;
  return { bundle: get('common/bundle.json'), get };
}
let compiled: ReturnType<typeof stixSchemas> | undefined;

const OWN_SCHEMA: Record<string, string> = {
  bundle: 'common/bundle.json',
  identity: 'sdos/identity.json',
  'threat-actor': 'sdos/threat-actor.json',
  location: 'sdos/location.json',
  note: 'sdos/note.json',
  opinion: 'sdos/opinion.json',
  report: 'sdos/report.json',
  relationship: 'sros/relationship.json',
};

/**
 * The types bundle.json does not list among its objects (it lists types one by one and misses
 * these, as it once missed infrastructure: oasis-open/cti-stix2-json-schemas issue 133). Such an
 * object falls to its "custom object" branch, a oneOf of core and cyber-observable-core, which any
 * SDO with only common properties satisfies twice, so that branch fails for a valid note.
 */
const OMITTED_FROM_BUNDLE_SCHEMA = new Set(['note', 'opinion', 'location', 'grouping', 'incident']);

/**
 * Validates a STIX bundle against the STIX 2.1 JSON schemas: the envelope and its listed types
 * against bundle.json, and every object against its own type's schema. Returns the errors, empty
 * when valid.
 */
export function stixErrors(bundle: { type?: string; id?: string; objects?: { type: string; id: string }[] }): string[] {
  compiled ??= stixSchemas();
  const errors: string[] = [];
  const report = (where: string, list: ErrorObject[] | null | undefined) => {
    for (const error of list ?? [])
      errors.push(`${where}${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`);
  };
  const listed = { ...bundle, objects: (bundle.objects ?? []).filter((o) => !OMITTED_FROM_BUNDLE_SCHEMA.has(o.type)) };
  if (!compiled.bundle(structuredClone(listed))) report('bundle', compiled.bundle.errors);
  for (const object of bundle.objects ?? []) {
    const schema = OWN_SCHEMA[object.type];
    if (!schema) {
      errors.push(`${object.id}: no schema for type ${object.type}`);
      continue;
    }
    const validate = compiled.get(schema);
    if (!validate(structuredClone(object))) report(object.id, validate.errors);
  }
  return errors;
}

/** A migrated database with nothing in it, of the kind this run tests. */
export async function openEmptyDatabase(): Promise<Database> {
  if (process.env.CLAIMGRAPH_TEST_DB === 'postgres') {
    const name = `${inject('postgresTemplate').replace(/_template$/, '')}_empty_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    return openDatabase({ databaseUrl: databaseUrl(name), poolSize: 4 });
  }
  return openDatabase({ dataDir: 'memory://' });
}
