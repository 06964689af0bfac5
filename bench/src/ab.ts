/**
 * This tree against an earlier commit, on the same data and the same unique traffic:
 *   pnpm --filter @claimgraph/bench run ab -- --base <git ref> --size 100k
 * checks the base commit out beside this tree (a detached git worktree in the system's temp folder,
 * kept for the next run), installs and builds it, starts both servers with the response cache off
 * (what executing each request costs), and measures each shape on both in turn, round after round,
 * so drift in the machine's load falls on both alike. Each measurement reads the server process's
 * CPU time and the whole machine's (PostgreSQL and wrk included) from /proc, so a change is judged
 * by the CPU a request costs as well as by its rate, which moves with whatever else runs. Writes
 * bench/results/<date>-<size>-ab-<base>.md. The data set must exist (`run generate`).
 *
 * Both servers run this tree's wrapper (src/servers/claimgraph.ts) over their own build, so the
 * base must be a commit whose server has the same `createApp` and `openDatabase` (any since
 * 3 December 2026).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import pg from 'pg';
import { adminUrlOption, commandArgs } from './args.js';
import { collectCursors } from './cursors.js';
import { urlFor } from './generate/load.js';
import { Rng } from './generate/random.js';
import { wrk } from './load/wrk.js';
import { drawParams, shuffle } from './params.js';
import { benchDir, type RunningServer, startServer } from './servers.js';
import { bodies, SHAPES, type ShapeId } from './shapes.js';
import { median } from './stats.js';

const run = promisify(execFile);
/** Linux counts CPU time in /proc in USER_HZ ticks, 100 a second on every architecture it runs on. */
const TICKS_PER_SECOND = 100;

const { values } = parseArgs({
  args: commandArgs(),
  options: {
    base: { type: 'string' },
    size: { type: 'string', default: '100k' },
    seed: { type: 'string', default: '42' },
    shapes: { type: 'string', default: 'Q1,Q2,Q3' },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '10' },
    out: { type: 'string', default: path.join(benchDir, 'results') },
    'admin-url': adminUrlOption,
  },
});
if (!values.base) throw new Error('--base <git ref> is required: the commit to compare this tree with.');

const log = (line: string) => console.log(line);
const repo = path.resolve(benchDir, '..');
const git = async (...args: string[]) => (await run('git', args, { cwd: repo })).stdout.trim();
const baseSha = await git('rev-parse', '--verify', `${values.base}^{commit}`);
const headSha = await git('rev-parse', 'HEAD');
const dirty = (await git('status', '--porcelain', '--untracked-files=no')) !== '';
const size = values.size.toLowerCase();
const shapes = values.shapes.split(',') as ShapeId[];
const rounds = Number(values.rounds);
const databaseUrl = urlFor(values['admin-url'], `claimgraph_bench_${size}`);

const baseBuild = await prepareBase(baseSha);

const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const params = await drawParams(client, Number(values.seed));
await client.end();

const env = { DATABASE_URL: databaseUrl, POOL_SIZE: values.connections };
const servers: Record<'base' | 'head', RunningServer> = {
  base: await startServer('claimgraph-uncached', {
    port: 4491,
    env: { ...env, BENCH_SERVER_BUILD: baseBuild, PGAPPNAME: 'claimgraph-ab-base' },
    log,
    otherBuild: true,
  }),
  head: await startServer('claimgraph-uncached', { port: 4492, env: { ...env, PGAPPNAME: 'claimgraph-ab-head' }, log }),
};

interface Sample {
  rps: number;
  serverMs: number;
  /** CPU of the PostgreSQL backends serving this server's pool. */
  postgresMs: number;
  machineMs: number;
  statements: number;
  errors: number;
}
const samples = new Map<string, Sample[]>();
const workDir = await mkdtemp(path.join(os.tmpdir(), 'claimgraph-ab-'));
const loadAtStart = os.loadavg()[0] ?? 0;
try {
  const lists = new Map<string, ReturnType<typeof bodies>>();
  for (const shape of shapes) {
    for (const side of ['base', 'head'] as const) {
      let list = bodies(shape, 'claimgraph', params);
      if (shape === 'Q2' || shape === 'Q5') {
        // Cursors are each server's own: collected from the one measured.
        const cursors = await collectCursors(servers[side].url, shape, 'claimgraph', params);
        list = bodies(shape, 'claimgraph', params, shuffle(new Rng(Number(values.seed), `ab:${shape}`), cursors));
      }
      lists.set(`${side}:${shape}`, list);
      // Warm-up, not counted: the JIT and the pool settle on this shape first.
      await wrk({ url: servers[side].url, bodies: list, connections: Number(values.connections), seconds: 3, workDir });
    }
  }
  for (let round = 0; round < rounds; round++) {
    for (const shape of shapes) {
      // The order alternates, so neither side always runs on the machine the other just heated.
      const order = round % 2 ? (['head', 'base'] as const) : (['base', 'head'] as const);
      for (const side of order) {
        const sample = await measure(side, servers[side], lists.get(`${side}:${shape}`) ?? []);
        log(
          `  round ${round + 1} ${shape} ${side}: ${sample.rps.toFixed(0)} req/s, CPU/req ${sample.serverMs.toFixed(2)} ms server, ${sample.postgresMs.toFixed(2)} ms PostgreSQL, ${sample.machineMs.toFixed(2)} ms machine`,
        );
        const key = `${side}:${shape}`;
        samples.set(key, [...(samples.get(key) ?? []), sample]);
      }
    }
  }
} finally {
  await Promise.all([servers.base.stop(), servers.head.stop()]);
}

await mkdir(values.out, { recursive: true });
const file = path.join(values.out, `${new Date().toISOString().slice(0, 10)}-${size}-ab-${baseSha.slice(0, 7)}.md`);
await writeFile(file, report());
log(`wrote ${path.relative(repo, file)}`);

/** One run of wrk on `server`, with the CPU the server, its PostgreSQL backends and the whole machine spent on it. */
async function measure(side: 'base' | 'head', server: RunningServer, list: ReturnType<typeof bodies>): Promise<Sample> {
  const statementsBefore = await statementCount(server);
  const backendsBefore = await backendTicks(side);
  const [serverBefore, machineBefore] = [await processTicks(server.pid), await machineTicks()];
  const result = await wrk({
    url: server.url,
    bodies: list,
    connections: Number(values.connections),
    seconds: Number(values.seconds),
    workDir,
  });
  const [serverAfter, machineAfter] = [await processTicks(server.pid), await machineTicks()];
  const backendsAfter = await backendTicks(side);
  const statements = (await statementCount(server)) - statementsBefore;
  // A backend that opened during the run counts from zero.
  let postgresTicks = 0;
  for (const [pid, ticks] of backendsAfter) postgresTicks += ticks - (backendsBefore.get(pid) ?? 0);
  const perRequest = (ticks: number) => (ticks * (1000 / TICKS_PER_SECOND)) / Math.max(result.requests, 1);
  return {
    rps: result.rps,
    serverMs: perRequest(serverAfter - serverBefore),
    postgresMs: perRequest(postgresTicks),
    machineMs: perRequest(machineAfter - machineBefore),
    statements: statements / Math.max(result.requests, 1),
    errors: result.errors,
  };
}

/** The process's user and system CPU time so far, in ticks (/proc/<pid>/stat, fields 14 and 15). */
async function processTicks(pid: number) {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces: count the fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** CPU ticks so far of each PostgreSQL backend of one side's pool, found by the application name its server connects with. */
async function backendTicks(side: 'base' | 'head') {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE application_name = $1',
      [`claimgraph-ab-${side}`],
    );
    const ticks = new Map<number, number>();
    for (const { pid } of rows) {
      // PostgreSQL must run on this machine for its backends' CPU to be read.
      const value = await processTicks(pid).catch(() => undefined);
      if (value !== undefined) ticks.set(pid, value);
    }
    return ticks;
  } finally {
    await admin.end();
  }
}

/** Busy CPU time of the whole machine so far, in ticks: every state of /proc/stat's `cpu` line but idle and iowait. */
async function machineTicks() {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0] ?? '';
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  return [user, nice, system, irq, softirq, steal].reduce<number>((sum, value) => sum + (value ?? 0), 0);
}

async function statementCount(server: RunningServer) {
  const response = await fetch(new URL('/__bench/statements', server.url));
  return ((await response.json()) as { statements: number }).statements;
}

/**
 * The base commit checked out and built beside this tree (its dependencies from the same store),
 * kept in the temp folder so a second run against the same commit starts at once. Returns the
 * folder of its compiled server.
 */
async function prepareBase(sha: string) {
  const dir = path.join(os.tmpdir(), `claimgraph-ab-${sha.slice(0, 12)}`);
  const build = path.join(dir, 'apps', 'server', 'dist', 'apps', 'server', 'src');
  if (existsSync(path.join(build, 'yoga.js'))) {
    log(`  base ${sha.slice(0, 7)}: built at ${dir}`);
    return build;
  }
  if (!existsSync(dir)) await git('worktree', 'add', '--detach', dir, sha);
  const pnpm = async (...args: string[]) => {
    log(`  base ${sha.slice(0, 7)}: pnpm ${args.join(' ')}`);
    await run('npx', ['-y', 'pnpm@12.4.2', ...args], { cwd: dir, maxBuffer: 64 << 20 });
  };
  await pnpm('install', '--frozen-lockfile', '--prefer-offline');
  await pnpm('run', 'generate');
  await pnpm('--filter', '@claimgraph/server', 'run', 'build');
  return build;
}

function report() {
  const range = (xs: number[], digits: number) =>
    `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
  const rows = shapes.map((shape) => {
    const base = samples.get(`base:${shape}`) ?? [];
    const head = samples.get(`head:${shape}`) ?? [];
    const of = (side: Sample[], pick: (s: Sample) => number) => side.map(pick);
    const change = (pick: (s: Sample) => number) =>
      `${(((median(of(head, pick)) - median(of(base, pick))) / median(of(base, pick))) * 100).toFixed(0)}%`;
    // Each measure: base, head and the change of the medians.
    const measures: [(s: Sample) => number, number][] = [
      [(s) => s.rps, 0],
      [(s) => s.serverMs, 2],
      [(s) => s.postgresMs, 2],
    ];
    const cells = measures.flatMap(([pick, digits]) => [
      range(of(base, pick), digits),
      range(of(head, pick), digits),
      change(pick),
    ]);
    const machine = [
      range(
        of(base, (s) => s.machineMs),
        2,
      ),
      range(
        of(head, (s) => s.machineMs),
        2,
      ),
    ];
    const statements = `${median(of(base, (s) => s.statements)).toFixed(2)} / ${median(of(head, (s) => s.statements)).toFixed(2)}`;
    const errors = [...base, ...head].reduce((n, s) => n + s.errors, 0);
    return `| ${[`${shape}: ${SHAPES[shape].title}`, ...cells, ...machine, statements, errors].join(' | ')} |`;
  });
  return `# A/B at ${size}: ${headSha.slice(0, 7)}${dirty ? ' (with uncommitted changes)' : ''} against ${baseSha.slice(0, 7)}

\`pnpm --filter @claimgraph/bench run ab -- --base ${values.base} --size ${size} --shapes ${values.shapes} --rounds ${rounds} --seconds ${values.seconds}\`,
${new Date().toISOString()}. Both servers without their response cache (every request executes), on the same
database, sent the same distinct requests by wrk (${values.connections} connections, ${values.seconds} s a run), taking turns
over ${rounds} rounds; 1-minute load average ${loadAtStart.toFixed(2)} at the start. Each figure is the median of the
rounds, their range in brackets. CPU per request is the server process's (user and system), that of the PostgreSQL
backends of its pool (found by their application name), and the whole machine's (wrk and anything else running
included), read from /proc around each run: on a shared machine the first two move far less than the rate.

| shape | base req/s | head req/s | change | base server CPU ms/req | head server CPU ms/req | change | base PostgreSQL CPU ms/req | head PostgreSQL CPU ms/req | change | base machine CPU ms/req | head machine CPU ms/req | SQL/req (base / head) | errors |
| ----- | ---------: | ---------: | -----: | ---------------------: | ---------------------: | -----: | -------------------------: | -------------------------: | -----: | ----------------------: | ----------------------: | --------------------: | -----: |
${rows.join('\n')}
`;
}
