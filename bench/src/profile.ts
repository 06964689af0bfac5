/**
 * Where claimgraph spends its CPU on each read shape, under unique traffic:
 *   pnpm --filter @claimgraph/bench run profile -- --size 100k
 * starts claimgraph without its response cache (every request executes) under `node --cpu-prof`, once
 * per shape, sends that shape's distinct requests with wrk, and writes the heaviest frames by self time
 * to bench/results/<date>-<size>-profiles.md. The data set must exist (`run bench` or `run generate`).
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { adminUrlOption, commandArgs } from './args.js';
import { collectCursors } from './cursors.js';
import { urlFor } from './generate/load.js';
import { Rng } from './generate/random.js';
import { wrk } from './load/wrk.js';
import { drawParams, shuffle } from './params.js';
import { type CpuProfile, summarise } from './profile-summary.js';
import { benchDir, startServer } from './servers.js';
import { bodies, SHAPES, type ShapeId } from './shapes.js';

const { values } = parseArgs({
  args: commandArgs(),
  options: {
    size: { type: 'string', default: '10k' },
    seed: { type: 'string', default: '42' },
    seconds: { type: 'string', default: '15' },
    connections: { type: 'string', default: '10' },
    shapes: { type: 'string', default: 'Q1,Q2,Q3,Q4,Q5' },
    top: { type: 'string', default: '12' },
    out: { type: 'string', default: path.join(benchDir, 'results') },
    'admin-url': adminUrlOption,
  },
});

const size = values.size.toLowerCase();
const seed = Number(values.seed);
const databaseUrl = urlFor(values['admin-url'], `claimgraph_bench_${size}`);
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const params = await drawParams(client, seed);
await client.end();

const workDir = await mkdtemp(path.join(os.tmpdir(), 'claimgraph-profile-'));
const sections: string[] = [];
for (const shape of values.shapes.split(',') as ShapeId[]) {
  const server = await startServer('claimgraph-uncached', {
    port: 4480,
    env: { DATABASE_URL: databaseUrl, POOL_SIZE: values.connections },
    log: console.log,
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${workDir}`, `--cpu-prof-name=${shape}.cpuprofile`],
  });
  let profileFile: string;
  let rps: number;
  try {
    let list = bodies(shape, 'claimgraph', params);
    if (shape === 'Q2' || shape === 'Q5') {
      const cursors = await collectCursors(server.url, shape, 'claimgraph', params);
      list = bodies(shape, 'claimgraph', params, shuffle(new Rng(seed, `profile:${shape}`), cursors));
    }
    const result = await wrk({
      url: server.url,
      bodies: list,
      connections: Number(values.connections),
      seconds: Number(values.seconds),
      workDir,
    });
    rps = result.rps;
    console.log(`  ${shape}: ${result.rps.toFixed(0)} req/s over ${list.length} distinct requests`);
    // A profile of refusals says nothing about the shape.
    if (result.errors > result.requests / 100) {
      throw new Error(`${shape}: ${result.errors} of ${result.requests} requests failed; e.g. ${result.sample}`);
    }
  } finally {
    // The profile is written as the process exits.
    await server.stop();
    profileFile = path.join(workDir, `${shape}.cpuprofile`);
  }
  const profile = JSON.parse(await readFile(profileFile, 'utf8')) as CpuProfile;
  const { frames, areas } = summarise(profile, path.resolve(benchDir, '..'), Number(values.top));
  sections.push(
    [
      `## ${shape}: ${SHAPES[shape].title}`,
      '',
      `${rps.toFixed(0)} req/s under the profiler (${values.connections} connections, ${values.seconds} s).`,
      '',
      '| self % | frame |',
      '| -----: | ----- |',
      ...frames.map((f) => `| ${f.percent.toFixed(1)} | \`${f.name}\` |`),
      '',
      '| self % | where |',
      '| -----: | ----- |',
      ...areas.map((a) => `| ${a.percent.toFixed(1)} | ${a.name} |`),
      '',
    ].join('\n'),
  );
}

const date = new Date().toISOString().slice(0, 10);
await mkdir(values.out, { recursive: true });
const out = path.join(values.out, `${date}-${size}-profiles.md`);
await writeFile(
  out,
  [
    `# CPU profiles at ${size} claims, ${date}`,
    '',
    'claimgraph without its response cache (every request executes), one process per shape under',
    '`node --cpu-prof`, sent that shape’s distinct requests by wrk. Self time: the share of the',
    'process’s busy samples spent in the frame itself (idle left out). Made by',
    `\`pnpm --filter @claimgraph/bench run profile -- --size ${size}\`.`,
    '',
    ...sections,
  ].join('\n'),
);
console.log(`Wrote ${out} (raw profiles in ${workDir})`);
