import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { schema } from '../../apps/server/src/schema/index.js';
import { schemaFile } from '../../apps/server/src/schema-file.js';
import { schemaChanges } from '../support/schema-changes.js';

/** schema.graphql as the last commit has it, or null outside a git checkout. */
function committedAtHead(): string | null {
  try {
    return execFileSync('git', ['show', 'HEAD:schema.graphql'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return null;
  }
}

describe('breaking changes to the API contract', () => {
  test('the schema the server builds breaks nothing that schema.graphql promises, nor the last commit’s', async () => {
    // The last commit's file too: running `pnpm generate` rewrites schema.graphql, which must not hide a break.
    const baselines = {
      'schema.graphql': await readFile(schemaFile, 'utf8'),
      'HEAD:schema.graphql': committedAtHead(),
    };
    for (const [name, sdl] of Object.entries(baselines)) {
      if (sdl === null) continue;
      const report = await schemaChanges(sdl, schema);
      expect(report.breaking, `Against ${name}:\n${report.text}\n`).toEqual([]);
    }
  });

  test('a removed field and a changed type are reported, each with its path', async () => {
    const committed = await readFile(schemaFile, 'utf8');
    const inType = (name: string, edit: (block: string) => string) => (sdl: string) =>
      sdl.replace(new RegExp(`\\ntype ${name} implements Node \\{\\n[\\s\\S]*?\\n\\}\\n`), edit);
    const removeHeadline = inType('Article', (block) =>
      block.replace(/\n {2}"""The headline\."""\n {2}headline: String!\n/, '\n'),
    );
    const retypeCredibility = inType('Assessment', (block) =>
      block.replace('credibility: Int\n', 'credibility: String\n'),
    );
    const broken = retypeCredibility(removeHeadline(committed));
    expect(broken).not.toBe(committed);
    const { buildSchema } = await import('graphql');
    const report = await schemaChanges(committed, buildSchema(broken));
    expect(report.breaking.map((change) => change.path).sort()).toEqual(['Article.headline', 'Assessment.credibility']);
    expect(report.text).toMatch(/^Breaking changes .*:\n {2}- Article\.headline: Field 'headline' .*removed/m);
    expect(report.text).toContain(
      "Assessment.credibility: Field 'Assessment.credibility' changed type from 'Int' to 'String'",
    );
  });
});
