import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DatasetInfo } from './generate/load.js';
import type { Machine } from './machine.js';
import type { ServerName } from './servers.js';
import type { SHAPES, ShapeId } from './shapes.js';

export interface ShapeResult {
  shape: ShapeId;
  server: ServerName;
  /** M1 only: concurrent clients. */
  clients?: number;
  /** Saturated throughput at the run's connection count (wrk). */
  rps?: number;
  errors?: number;
  /** Fixed-rate latency, microseconds, and the rate (req/s). */
  rate?: number;
  p50?: number;
  p99?: number;
  /** The lowest and highest p99 of the latency run's rounds (`p99` is their median). */
  p99Range?: [number, number];
  /** SQL statements per request, counted by PostgreSQL (committed transactions). */
  statements?: number;
  /** Transaction control statements (BEGIN, COMMIT…) per request. */
  control?: number;
  /** Rows read by the statements' scans per request. */
  rows?: number;
  /** Distinct requests the throughput run drew from, and the share of its requests that repeated one. */
  distinct?: number;
  repeated?: number;
  error?: string;
}

export interface Results {
  date: string;
  size: string;
  seed: number;
  dataset: DatasetInfo;
  machine: Machine;
  tools: Record<string, string>;
  settings: {
    connections: number;
    seconds: number;
    warmup: number;
    poolSize: number;
    /** Rounds of the latency run (results written before 5 December 2026 had one). */
    latencyRounds?: number;
    rates: Record<string, number>;
  };
  floors: { typename: { rps: number; p50: number; p99: number }; sql: Partial<Record<ShapeId, number>> };
  shapes: typeof SHAPES;
  results: ShapeResult[];
  rss: Partial<Record<ServerName, number>>;
  notes: string[];
}

const SERVER_LABEL: Record<ServerName, string> = {
  claimgraph: 'claimgraph',
  'claimgraph-uncached': 'claimgraph, no response cache',
  'claimgraph-repeated': 'claimgraph, 100 repeated requests (cache answers)',
  'claimgraph-pglite': 'claimgraph on PGlite (embedded)',
  postgraphile: 'PostGraphile 5',
  apollo: 'Apollo + Prisma',
  floor: 'Yoga floor',
};
const COLOURS: Partial<Record<ServerName, string>> = {
  claimgraph: '#2563eb',
  'claimgraph-uncached': '#60a5fa',
  'claimgraph-repeated': '#c7d2fe',
  postgraphile: '#f59e0b',
  apollo: '#6b7280',
  'claimgraph-pglite': '#93c5fd',
};

const ms = (us: number | undefined) => (us == null || !Number.isFinite(us) ? '–' : (us / 1000).toFixed(1));
const n0 = (v: number | undefined) => (v == null || !Number.isFinite(v) ? '–' : Math.round(v).toLocaleString('en-US'));
const n2 = (v: number | undefined) => (v == null || !Number.isFinite(v) ? '–' : v.toFixed(2));

/** Ratios against PostGraphile and the floors for one result. */
export function ratios(results: Results, result: ShapeResult) {
  const peer = results.results.find(
    (r) => r.shape === result.shape && r.server === 'postgraphile' && r.clients === result.clients,
  );
  const sql = results.floors.sql[result.shape];
  return {
    vsPostgraphile: result.rps && peer?.rps && !peer.error ? result.rps / peer.rps : undefined,
    vsTypename: result.rps ? result.rps / results.floors.typename.rps : undefined,
    vsSql: result.rps && sql ? result.rps / sql : undefined,
  };
}

export function markdown(results: Results, chartFile: string) {
  const { machine, settings, dataset } = results;
  const lines: string[] = [];
  lines.push(`# claimgraph benchmark: ${results.size} claims`, '');
  lines.push(
    `Run ${results.date.slice(0, 16).replace('T', ' ')} UTC. Machine: ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, ${machine.os}; ` +
      `every server on Node ${results.tools.node22} (the benchmark itself on ${machine.node}), ${machine.postgres}. ` +
      `Load average ${machine.loadAtStart.toFixed(2)} at the start, ${(machine.loadAtEnd ?? Number.NaN).toFixed(2)} at the end (the benchmark's own load)` +
      (machine.loadAtStart > 0.5 ? ' (**something else was running: treat these numbers as noisy**).' : '.'),
    '',
  );
  lines.push(
    `Data (seed ${results.seed}, generated in ${dataset.seconds} s): ` +
      Object.entries(dataset.rows)
        .map(([table, count]) => `${count.toLocaleString('en-US')} ${table}`)
        .join(', ') +
      '.',
    '',
  );
  lines.push(
    `Unique traffic: each shape draws from thousands of distinct requests (claims across the whole table, every actor in more than 5 claims × 4 certainty sets, thousands of searches, pages at every depth by cursor), split into a warm-up part, a throughput part and a latency part, each sent in order, so no timed request was sent before; "distinct" is the throughput part's size and "repeated" the share of its requests that came round again. The repeated row sends claimgraph the same 100 requests over and over: what its response cache answers. ` +
      `Throughput: wrk, ${settings.connections} connections, ${settings.seconds} s after a warm-up (the warm-up part once, then ${settings.warmup} s of load on it). ` +
      `Latency: an open-loop client at a fixed rate per shape (half PostGraphile's throughput, the same for every server), timed from when each request was due, in ${settings.latencyRounds ?? 1} rounds of ${(settings.seconds / (settings.latencyRounds ?? 1)).toFixed(1)} s with the servers taking turns, each on new requests: p50 and p99 are the medians of the rounds', the p99's range beside it. ` +
      `SQL/req: statements PostgreSQL logged for the database over 20 sequential requests (log_statement = all, on only while counting; BEGIN/COMMIT not counted); rows/req: rows read by scans (pg_stat_database) over the wrk run. Pool size ${settings.poolSize} for every server.`,
    '',
  );
  lines.push(
    '| shape | server | req/s | × PostGraphile | × `{ __typename }` floor | × SQL floor | p50 ms | p99 ms (rounds’ range) | at req/s | SQL/req | rows/req | distinct | repeated |',
  );
  lines.push('|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const result of results.results.filter((r) => r.shape !== 'M1' && r.server !== 'claimgraph-pglite')) {
    const r = ratios(results, result);
    const label = `${result.shape} ${results.shapes[result.shape].title}`;
    if (result.error && !result.rps) {
      lines.push(
        `| ${label} | ${SERVER_LABEL[result.server]} | failed: ${result.error.replace(/\|/g, '/').slice(0, 80)} | | | | | | | | | | |`,
      );
      continue;
    }
    lines.push(
      `| ${label} | ${SERVER_LABEL[result.server]} | ${n0(result.rps)} | ${n2(r.vsPostgraphile)} | ${n2(r.vsTypename)} | ${n2(r.vsSql)} | ${ms(result.p50)} | ${ms(result.p99)}${result.p99Range ? ` (${ms(result.p99Range[0])}–${ms(result.p99Range[1])})` : ''} | ${n0(result.rate)} | ${n2(result.statements)} | ${n0(result.rows)} | ${n0(result.distinct)} | ${result.repeated == null ? '–' : `${Math.round(result.repeated * 100)}%`} |`,
    );
  }
  lines.push('');
  const embedded = results.results.filter((r) => r.server === 'claimgraph-pglite');
  if (embedded.length) {
    lines.push(
      'Embedded (claimgraph on PGlite, PostgreSQL compiled to WebAssembly inside the server process; the same data copied in, response cache off). Not comparable with the rows above: one process, no network, no pool:',
      '',
    );
    lines.push('| shape | req/s | p50 ms | p99 ms | at req/s | SQL/req |');
    lines.push('|---|--:|--:|--:|--:|--:|');
    for (const result of embedded) {
      const label = `${result.shape} ${results.shapes[result.shape].title}`;
      if (result.error && !result.rps) {
        lines.push(`| ${label} | failed: ${result.error.replace(/\|/g, '/').slice(0, 80)} | | | | |`);
        continue;
      }
      lines.push(
        `| ${label} | ${n0(result.rps)} | ${ms(result.p50)} | ${ms(result.p99)} | ${n0(result.rate)} | ${n2(result.statements)} |`,
      );
    }
    lines.push('');
  }
  const writes = results.results.filter((r) => r.shape === 'M1');
  if (writes.length) {
    lines.push('Writes (M1, wrk at 1 and 10 connections; latency from wrk at that concurrency):', '');
    lines.push('| server | clients | req/s | × PostGraphile | p50 ms | p99 ms | SQL/req (+ BEGIN/COMMIT) |');
    lines.push('|---|--:|--:|--:|--:|--:|--:|');
    for (const result of writes) {
      if (result.error && !result.rps) {
        lines.push(
          `| ${SERVER_LABEL[result.server]} | ${result.clients} | not run: ${result.error.replace(/\|/g, '/').slice(0, 100)} | | | | |`,
        );
        continue;
      }
      lines.push(
        `| ${SERVER_LABEL[result.server]} | ${result.clients} | ${n0(result.rps)} | ${n2(ratios(results, result).vsPostgraphile)} | ${ms(result.p50)} | ${ms(result.p99)} | ${n2(result.statements)} (+${n2(result.control)}) |`,
      );
    }
    lines.push('');
  }
  lines.push(
    `Floors: graphql-yoga answering \`{ __typename }\`: ${n0(results.floors.typename.rps)} req/s (p50 ${ms(results.floors.typename.p50)} ms, p99 ${ms(results.floors.typename.p99)} ms at ${n0(settings.rates.Q1)}/s). ` +
      `Raw SQL through pgbench (tps): ${Object.entries(results.floors.sql)
        .map(([shape, tps]) => `${shape} ${n0(tps)}`)
        .join(', ')}.`,
    '',
  );
  lines.push(
    `Peak RSS (MiB, whole run): ${Object.entries(results.rss)
      .map(([name, mib]) => `${SERVER_LABEL[name as ServerName]} ${mib}`)
      .join(', ')}.`,
    '',
  );
  for (const note of results.notes) lines.push(`- ${note}`);
  if (results.notes.length) lines.push('');
  lines.push(`![req/s by shape and server](${chartFile})`, '');
  return lines.join('\n');
}

/** A grouped bar chart of req/s by shape and server, log scale, as plain SVG. */
export function chart(results: Results) {
  const servers = (
    ['claimgraph', 'claimgraph-uncached', 'claimgraph-repeated', 'postgraphile', 'apollo'] as const
  ).filter((s) => results.results.some((r) => r.server === s));
  const shapes = [...new Set(results.results.filter((r) => r.shape !== 'M1').map((r) => r.shape))];
  const width = 820;
  const height = 360;
  const left = 60;
  const bottom = 300;
  const top = 40;
  const max = Math.max(10, results.floors.typename.rps, ...results.results.map((r) => r.rps ?? 0));
  const decades = Math.ceil(Math.log10(max));
  const y = (v: number) => bottom - (Math.log10(Math.max(1, v)) / decades) * (bottom - top);
  const groupWidth = (width - left - 20) / Math.max(1, shapes.length);
  const barWidth = (groupWidth - 16) / Math.max(1, servers.length);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11" role="img" aria-labelledby="title">`,
    `<title id="title">req/s by shape and server, ${results.size} claims</title>`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${left}" y="20" font-size="13" font-weight="bold">req/s by shape and server, ${results.size} claims (log scale; dashed: { __typename } floor)</text>`,
  );
  for (let d = 0; d <= decades; d += 1) {
    const v = 10 ** d;
    parts.push(
      `<line x1="${left}" x2="${width - 20}" y1="${y(v)}" y2="${y(v)}" stroke="#e5e7eb"/>`,
      `<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${v.toLocaleString('en-US')}</text>`,
    );
  }
  const floorY = y(results.floors.typename.rps);
  parts.push(
    `<line x1="${left}" x2="${width - 20}" y1="${floorY}" y2="${floorY}" stroke="#111827" stroke-dasharray="4 3"/>`,
  );
  shapes.forEach((shape, i) => {
    const x0 = left + i * groupWidth + 8;
    servers.forEach((server, j) => {
      const result = results.results.find((r) => r.shape === shape && r.server === server);
      const rps = result?.rps ?? 0;
      const x = x0 + j * barWidth;
      if (rps > 0) {
        parts.push(
          `<rect x="${x.toFixed(1)}" y="${y(rps).toFixed(1)}" width="${(barWidth - 2).toFixed(1)}" height="${(bottom - y(rps)).toFixed(1)}" fill="${COLOURS[server] ?? '#999'}"><title>${SERVER_LABEL[server]} ${shape}: ${Math.round(rps)} req/s</title></rect>`,
          `<text x="${(x + barWidth / 2 - 1).toFixed(1)}" y="${(y(rps) - 3).toFixed(1)}" text-anchor="middle" font-size="9">${Math.round(rps)}</text>`,
        );
      }
    });
    parts.push(
      `<text x="${(x0 + (groupWidth - 16) / 2).toFixed(1)}" y="${bottom + 16}" text-anchor="middle">${shape}</text>`,
    );
  });
  servers.forEach((server, j) => {
    const x = left + j * 185;
    parts.push(
      `<rect x="${x}" y="${bottom + 32}" width="12" height="12" fill="${COLOURS[server] ?? '#999'}"/>`,
      `<text x="${x + 18}" y="${bottom + 42}">${SERVER_LABEL[server]}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

export async function writeResults(dir: string, results: Results) {
  await mkdir(dir, { recursive: true });
  const base = `${results.date.slice(0, 10)}-${results.size}`;
  const files = [`${base}.json`, `${base}.md`, `${base}.svg`].map((f) => path.join(dir, f));
  const [json, md, svg] = files as [string, string, string];
  await writeFile(json, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(md, markdown(results, path.basename(svg)));
  await writeFile(svg, chart(results));
  return files;
}
