/**
 * The README's tables across sizes, from result files: throughput with ratios to PostGraphile,
 * latency at the fixed rate with the 1M ÷ 10k p99 ratio, and writes, memory and Q3's rows.
 *
 *   pnpm --filter @claimgraph/bench run summary -- results/2026-11-26-10k.json results/2026-11-26-100k.json …
 */
import { readFile } from 'node:fs/promises';
import { type Results, ratios, type ShapeResult } from './report.js';
import type { ServerName } from './servers.js';

const files = process.argv.slice(2).filter((arg) => arg !== '--');
if (!files.length) {
  console.error('Usage: summary <results.json>…  (smallest size first)');
  process.exit(1);
}
const runs: Results[] = await Promise.all(files.map(async (file) => JSON.parse(await readFile(file, 'utf8'))));

const n0 = (v: number | undefined) => (v == null || !Number.isFinite(v) ? '–' : Math.round(v).toLocaleString('en-US'));
const ms = (us: number | undefined) =>
  us == null || !Number.isFinite(us)
    ? '–'
    : (us / 1000).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const find = (run: Results, shape: string, server: ServerName, clients?: number) =>
  run.results.find((r) => r.shape === shape && r.server === server && r.clients === clients && !r.error);
const withRatio = (run: Results, result: ShapeResult | undefined) => {
  if (!result?.rps) return '–';
  const ratio = ratios(run, result).vsPostgraphile;
  return ratio === undefined ? n0(result.rps) : `${n0(result.rps)} (${ratio.toFixed(2)})`;
};

function table(header: string[], rows: string[][]) {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i < 2 ? '---' : '--:'))), ...rows.map(line)].join('\n');
}

const READS = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5'];

console.log(
  table(
    [
      'req/s (× PostGraphile)',
      'size',
      'claimgraph',
      'claimgraph, no response cache',
      'PostGraphile 5',
      'Apollo + Prisma',
      '`{ __typename }` floor',
    ],
    READS.flatMap((shape) =>
      runs.map((run) => [
        shape,
        run.size,
        withRatio(run, find(run, shape, 'claimgraph')),
        withRatio(run, find(run, shape, 'claimgraph-uncached')),
        n0(find(run, shape, 'postgraphile')?.rps),
        withRatio(run, find(run, shape, 'apollo')),
        shape === 'Q1' ? n0(run.floors.typename.rps) : '',
      ]),
    ),
  ),
);

const SERVERS: [ServerName, string][] = [
  ['claimgraph', 'claimgraph'],
  ['claimgraph-uncached', 'no response cache'],
  ['postgraphile', 'PostGraphile 5'],
];
const first = runs[0] as Results;
const last = runs.at(-1) as Results;
console.log();
console.log(
  table(
    ['p50 / p99 ms', 'server', ...runs.map((run) => run.size), `${last.size} p99 ÷ ${first.size} p99`],
    READS.flatMap((shape) =>
      SERVERS.map(([server, label]) => {
        const cells = runs.map((run) => {
          const r = find(run, shape, server);
          return r ? `${ms(r.p50)} / ${ms(r.p99)}` : '–';
        });
        const small = find(first, shape, server)?.p99;
        const large = find(last, shape, server)?.p99;
        return [shape, label, ...cells, small && large ? (large / small).toFixed(1) : '–'];
      }),
    ),
  ),
);

console.log();
console.log(
  table(
    [
      'size',
      'M1 req/s, 1 / 10 clients: claimgraph',
      'PostGraphile 5',
      'peak RSS MiB: claimgraph',
      'no response cache',
      'PostGraphile 5',
      'Q3 rows/req: no response cache',
      'PostGraphile 5',
    ],
    runs.map((run) => {
      const m1 = (server: ServerName) =>
        `${n0(find(run, 'M1', server, 1)?.rps)} / ${n0(find(run, 'M1', server, 10)?.rps)}`;
      return [
        run.size,
        m1('claimgraph'),
        m1('postgraphile'),
        n0(run.rss.claimgraph),
        n0(run.rss['claimgraph-uncached']),
        n0(run.rss.postgraphile),
        n0(find(run, 'Q3', 'claimgraph-uncached')?.rows),
        n0(find(run, 'Q3', 'postgraphile')?.rows),
      ];
    }),
  ),
);
