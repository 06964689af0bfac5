import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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
      strict: true,
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
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: consumer });
  server = await startServer({ CLAIMGRAPH_DATA_DIR: path.join(work, 'pglite'), DATABASE_URL: '' });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

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

  test('type-checks with TypeScript strict under moduleResolution bundler and node16', async () => {
    for (const config of ['tsconfig.bundler.json', 'tsconfig.node16.json']) {
      const result = await run(bin('tsc'), ['-p', config], { cwd: consumer }).catch((error) => error);
      expect(`${result.stdout ?? ''}${result.stderr ?? ''}`, config).toBe('');
    }
  });

  test('queries the story from a running server', async () => {
    const { stdout } = await run(process.execPath, ['dist/main.js'], {
      cwd: consumer,
      env: { ...process.env, CLAIMGRAPH_URL: server.url },
    });
    expect(JSON.parse(stdout)).toEqual({
      totalCount: 1,
      text: 'Chinese troops arrived in the Syrian port of Tartous on Thursday.',
      chain: ['UNNAMED_SOURCE Unconfirmed reports (unnamed)', 'REPORTER The Independent'],
      actorNames: expect.any(Number),
      code: 'INVALID_ID',
      schemaHasClaim: true,
      manifestSize: Object.keys(operations).length,
    });
  });

  test('passes publint and are-the-types-wrong', async () => {
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
