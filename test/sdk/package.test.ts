import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generate } from '@graphql-codegen/cli';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import config from '../../codegen.js';
import { operations } from '../../packages/sdk/src/index.js';
import { type ServerProcess, startServer } from '../support/server-process.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const sdk = path.join(root, 'packages/sdk');
const bin = (name: string) => path.join(sdk, 'node_modules/.bin', name);

let work: string;
let consumer: string;
let tarball: string;
let server: ServerProcess;

const tsconfig = (compilerOptions: Record<string, unknown>) =>
  JSON.stringify({
    compilerOptions: {
      // The strictest settings a frontend team turns on.
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: false,
      noEmit: true,
      target: 'ES2022',
      lib: ['ES2022'],
      types: ['node'],
      ...compilerOptions,
    },
    include: ['src'],
  });

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'claimgraph-sdk-consumer-'));
  // `pnpm pack` builds the package (prepack) and writes the tarball a registry would serve.
  await run('pnpm', ['pack', '--pack-destination', work], { cwd: sdk });
  const packed = (await readdir(work)).find((name) => name.endsWith('.tgz'));
  if (!packed) throw new Error('pnpm pack wrote no tarball');
  tarball = path.join(work, packed);

  // A fresh project outside the workspace, installed with npm as a user would.
  consumer = path.join(work, 'consumer');
  await mkdir(path.join(consumer, 'src'), { recursive: true });
  await writeFile(
    path.join(consumer, 'package.json'),
    JSON.stringify({
      name: 'sdk-consumer',
      private: true,
      type: 'module',
      dependencies: { '@claimgraph/sdk': `file:${tarball}`, graphql: '^16.15.0', '@types/node': '^20.19.0' },
    }),
  );
  await cp(path.join(import.meta.dirname, 'consumer/main.ts'), path.join(consumer, 'src/main.ts'));
  await writeFile(
    path.join(consumer, 'tsconfig.bundler.json'),
    tsconfig({ module: 'esnext', moduleResolution: 'bundler' }),
  );
  await writeFile(
    path.join(consumer, 'tsconfig.node16.json'),
    tsconfig({ module: 'node16', moduleResolution: 'node16', noEmit: false, rootDir: 'src', outDir: 'dist' }),
  );
  await writeFile(
    path.join(consumer, 'tsconfig.nodenext.json'),
    tsconfig({ module: 'nodenext', moduleResolution: 'nodenext' }),
  );
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: consumer });
  server = await startServer({ CLAIMGRAPH_DATA_DIR: path.join(work, 'pglite'), DATABASE_URL: '' });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

const expectedOutput = {
  totalCount: 1,
  text: 'Chinese troops arrived in the Syrian port of Tartous on Thursday.',
  chain: ['UNNAMED_SOURCE Unconfirmed reports (unnamed)', 'REPORTER The Independent'],
  actorNames: expect.any(Number),
  code: 'INVALID_ID',
  unauthenticated: [true, true],
  single: 'Chinese troops arrived in the Syrian port of Tartous on Thursday.',
  queryKey: ['claimgraph', 'Claim', { id: expect.any(String) }],
  viaQueryOptions: true,
  ownText: 'Chinese troops arrived in the Syrian port of Tartous on Thursday.',
  schemaHasClaim: true,
  manifestSize: Object.keys(operations).length,
};

const configs = ['tsconfig.bundler.json', 'tsconfig.node16.json', 'tsconfig.nodenext.json'];
const clean = Object.fromEntries(configs.map((file) => [file, '']));

/** tsc's output for each of the consumer's configurations ('' when it compiles cleanly). */
async function typeErrors() {
  const output: Record<string, string> = {};
  for (const file of configs) {
    const result = await run(bin('tsc'), ['-p', file], { cwd: consumer }).catch((error) => error);
    output[file] = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  }
  return output;
}

async function runConsumer() {
  const { stdout } = await run(process.execPath, ['dist/main.js'], {
    cwd: consumer,
    env: { ...process.env, CLAIMGRAPH_URL: server.url },
  });
  return JSON.parse(stdout);
}

/**
 * The next minor release, made as a release makes it: an additive schema change (a new field, a new enum value)
 * and a new operation, regenerated with the repository's codegen config into a copy of the packed package,
 * built with tsc and packed again.
 */
async function packNextMinor() {
  const next = path.join(work, 'next');
  await mkdir(next);
  await run('tar', ['-xzf', tarball, '-C', next]);
  const pkg = path.join(next, 'package');
  const sdl = (await readFile(path.join(root, 'schema.graphql'), 'utf8'))
    .replace(
      'type Claim implements Node {\n',
      'type Claim implements Node {\n  """A one-line summary."""\n  summary: String\n\n',
    )
    .replace(
      'enum ClaimOrderField {\n',
      'enum ClaimOrderField {\n  """The latest assessment’s confidence."""\n  CONFIDENCE\n\n',
    );
  const schemaFile = path.join(next, 'schema.graphql');
  await writeFile(schemaFile, sdl);
  await writeFile(
    path.join(pkg, 'src/operations/summaries.graphql'),
    'query ClaimSummaries($first: Int) {\n  claims(first: $first) {\n    edges {\n      node {\n        id\n        summary\n      }\n    }\n  }\n}\n',
  );
  // Every output, and the schema types graphql.ts imports, written into the copy instead of packages/sdk.
  const inCopy = (file: string) => file.replace(/^packages\/sdk\//, `${pkg}/`);
  const generates = Object.fromEntries(
    Object.entries(config.generates).map(([file, output]) => {
      const options = (output as { config?: { importSchemaTypesFrom?: string } }).config;
      const from = options?.importSchemaTypesFrom;
      return [inCopy(file), from ? { ...output, config: { ...options, importSchemaTypesFrom: inCopy(from) } } : output];
    }),
  );
  await generate(
    { ...config, schema: schemaFile, documents: path.join(pkg, 'src/operations/*.graphql'), generates, cwd: root },
    true,
  );
  const manifest = JSON.parse(await readFile(path.join(pkg, 'package.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(path.join(pkg, 'package.json'), JSON.stringify({ ...manifest, version: '0.99.0', scripts: {} }));
  // The package's own build, with its dependencies from the workspace.
  await symlink(path.join(sdk, 'node_modules'), path.join(pkg, 'node_modules'), 'dir');
  await writeFile(
    path.join(pkg, 'tsconfig.json'),
    JSON.stringify({
      extends: path.join(root, 'tsconfig.base.json'),
      compilerOptions: {
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        types: [],
        noEmit: false,
        rootDir: 'src',
        outDir: 'dist',
        declaration: true,
      },
      include: ['src'],
    }),
  );
  await rm(path.join(pkg, 'dist'), { recursive: true, force: true });
  await run(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: pkg });
  await rm(path.join(pkg, 'node_modules'));
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--pack-destination', next], { cwd: pkg });
  return path.join(next, stdout.trim().split('\n').at(-1) ?? '');
}

describe('the packed SDK in a fresh consumer project', () => {
  test('ships the built code, its declarations, the schema and the manifest, and nothing else', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.trim().split('\n').sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'package/package.json',
        'package/README.md',
        'package/schema.graphql',
        'package/persisted-operations.json',
        'package/dist/index.js',
        'package/dist/index.d.ts',
        'package/dist/__generated__/graphql.d.ts',
      ]),
    );
    expect(files.filter((file) => /\.test\.|\/codegen\/|\/examples\/|tsconfig/.test(file))).toEqual([]);
  });

  test('type-checks under strict, exactOptionalPropertyTypes and noUncheckedIndexedAccess with bundler, node16 and nodenext resolution', async () => {
    expect(await typeErrors()).toEqual(clean);
  }, 180_000);

  test('queries the story from a running server', async () => {
    expect(await runConsumer()).toEqual(expectedOutput);
  });

  test('a consumer built against this release compiles and runs unchanged against the next minor release', async () => {
    const next = await packNextMinor();
    await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', next], {
      cwd: consumer,
    });
    const installed = JSON.parse(
      await readFile(path.join(consumer, 'node_modules/@claimgraph/sdk/package.json'), 'utf8'),
    ) as { version: string };
    expect(installed.version).toBe('0.99.0');
    // The JavaScript built against the previous release, run as it is.
    expect(await runConsumer()).toEqual({ ...expectedOutput, manifestSize: Object.keys(operations).length + 1 });
    // And the unchanged source still type-checks.
    expect(await typeErrors()).toEqual(clean);
  }, 300_000);

  test('passes publint and are-the-types-wrong', { timeout: 120_000 }, async () => {
    const publint = await run(bin('publint'), ['--strict', tarball], { cwd: sdk });
    expect(publint.stdout).toContain('All good!');
    // schema.graphql is an asset, not a module: are-the-types-wrong only judges the JavaScript entry points.
    const attw = await run(bin('attw'), [
      tarball,
      '--profile',
      'esm-only',
      '--exclude-entrypoints',
      './schema.graphql',
      '--format',
      'json',
    ]);
    const analysis = JSON.parse(attw.stdout) as { analysis: { problems: { resolutionKind: string }[] } };
    // The package is ESM only: CommonJS resolutions (node10, node16 from CJS) are out of scope by design.
    const esmProblems = analysis.analysis.problems.filter((problem) =>
      ['node16-esm', 'bundler'].includes(problem.resolutionKind),
    );
    expect(esmProblems).toEqual([]);
  });
});
