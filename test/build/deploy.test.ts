import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';

// The Dockerfile's commands, without Docker: a `pnpm deploy` folder of the build, started with plain
// node, checked with the image's HEALTHCHECK command, stopped with SIGTERM. Needs `pnpm build` first
// (`pnpm check` runs it).
const root = path.resolve(import.meta.dirname, '../..');
let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the deployed build runs with plain node, answers, passes its health check and stops with 0', async () => {
  expect(existsSync(path.join(root, 'apps/server/dist/apps/server/src/main.js')), 'run `pnpm build` first').toBe(true);
  dir = await mkdtemp(path.join(tmpdir(), 'claimgraph-deploy-'));
  const app = path.join(dir, 'app');
  await promisify(execFile)('npx', ['-y', 'pnpm@12.4.2', '--filter', '@claimgraph/server', 'deploy', '--prod', app], {
    cwd: root,
  });
  // Runtime dependencies only: no compiler, loader or test tools.
  for (const tool of ['typescript', 'tsx', 'prisma', 'vitest'])
    expect(existsSync(path.join(app, 'node_modules', tool))).toBe(false);

  const { LOG_LEVEL: _quiet, ...env } = process.env;
  const child = spawn(process.execPath, ['--max-old-space-size=256', 'dist/apps/server/src/main.js'], {
    cwd: app,
    env: { ...env, NODE_ENV: 'production', PORT: '0', DATABASE_URL: '', CLAIMGRAPH_DATA_DIR: path.join(dir, 'data') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serves GraphQL at (http:\/\/[^\s"]+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  const port = new URL(url).port;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ claims { totalCount } }' }),
    });
    expect(await response.json()).toMatchObject({ data: { claims: { totalCount: 24 } } });
    expect((await fetch(url.replace('/graphql', '/metrics'))).status).toBe(200);
    // The image's HEALTHCHECK, as Docker runs it.
    const health = await promisify(execFile)(
      process.execPath,
      [
        '-e',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the script is JavaScript that node -e runs.
        'fetch(`http://127.0.0.1:${process.env.PORT}/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))',
      ],
      { env: { ...env, PORT: port } },
    );
    expect(health.stderr).toBe('');
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
}, 240_000);
