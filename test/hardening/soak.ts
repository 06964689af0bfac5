/**
 * Soak: measures the server's capacity with mixed reads and writes, then holds 80% of it for a
 * while, and reports errors, latency, lost writes and the server's memory. Not part of CI; see the
 * README's "Hardening" section for how to run it.
 *
 *   tsx test/hardening/soak.ts --url http://127.0.0.1:4000/graphql --key <editor key> \
 *     [--pid <server pid>] [--minutes 10] [--measure-seconds 20] [--clients 8] [--load 0.8] [--max-in-flight 64]
 *
 * Requests leave on a fixed schedule (an open loop), with at most `--max-in-flight` waiting: an
 * arrival that finds that many is counted as shed rather than queued without bound, so a server that
 * falls behind shows as shed arrivals and latency, not as a client that eats memory.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
    key: { type: 'string' },
    pid: { type: 'string' },
    minutes: { type: 'string', default: '10' },
    'measure-seconds': { type: 'string', default: '20' },
    clients: { type: 'string', default: '8' },
    load: { type: 'string', default: '0.8' },
    'max-in-flight': { type: 'string', default: '64' },
  },
});
if (!values.key) throw new Error('--key: an editor API key (pnpm --filter @claimgraph/server keys create …)');
const url = values.url;
const key = values.key;
const clients = Number(values.clients);
const run = `soak-${Date.now().toString(36)}`;

const READS = [
  '{ claims(first: 20) { totalCount edges { node { text appearances(first: 1) { edges { node { statedCertainty } } } } } } }',
  '{ articles(first: 5) { edges { node { headline currentVersion { appearances(first: 20) { edges { node { quote claim { text actors { role actor { name } } } } } } } } } } }',
  '{ sources(first: 20) { edges { node { name kind reliability { rating } } } } }',
  '{ search(query: "Chinese troops", first: 10) { rank } }',
  '{ actors(first: 20) { edges { node { name aliases parent { name } } } } }',
];
const WRITE =
  'mutation ($name: String!) { createSource(input: { name: $name, kind: NEWS_OUTLET }) { __typename ... on CreateSourceSuccess { source { id } } } }';
const WRITE_SHARE = 0.1;

interface Result {
  ok: boolean;
  ms: number;
  detail?: string;
  writtenId?: string;
}

let writes = 0;
async function one(): Promise<Result> {
  const isWrite = Math.random() < WRITE_SHARE;
  const body = isWrite
    ? { query: WRITE, variables: { name: `${run} ${writes++}` } }
    : { query: READS[Math.floor(Math.random() * READS.length)] };
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as {
      data?: { createSource?: { __typename: string; source?: { id: string } } };
      errors?: { extensions?: { code?: string } }[];
    };
    const ms = performance.now() - started;
    if (response.status !== 200 || json.errors?.length) {
      return { ok: false, ms, detail: `${response.status} ${json.errors?.[0]?.extensions?.code ?? ''}` };
    }
    if (isWrite) {
      const id = json.data?.createSource?.source?.id;
      if (!id) return { ok: false, ms, detail: json.data?.createSource?.__typename ?? 'no source' };
      return { ok: true, ms, writtenId: id };
    }
    return { ok: true, ms };
  } catch (error) {
    return { ok: false, ms: performance.now() - started, detail: (error as Error).message };
  }
}

function rss(): number | undefined {
  if (!values.pid) return undefined;
  const status = readFileSync(`/proc/${values.pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : undefined;
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0) : 0;
}

async function measure(seconds: number): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        await one();
        done += 1;
      }
    }),
  );
  return done / seconds;
}

async function soak(rate: number, minutes: number) {
  const results: Result[] = [];
  const memory: { minute: number; mb: number }[] = [];
  const end = performance.now() + minutes * 60_000;
  const started = performance.now();
  const interval = 1000 / rate;
  let next = performance.now();
  const pending = new Set<Promise<void>>();
  const maxInFlight = Number(values['max-in-flight']);
  let shed = 0;
  const sampler = setInterval(() => {
    const mb = rss();
    if (mb !== undefined) memory.push({ minute: (performance.now() - started) / 60_000, mb });
  }, 10_000);
  while (performance.now() < end) {
    // Open loop: requests leave on schedule whether or not earlier ones have answered.
    if (pending.size >= maxInFlight) {
      shed += 1;
    } else {
      const request = one().then((result) => {
        results.push(result);
      });
      pending.add(request);
      void request.finally(() => pending.delete(request));
    }
    next += interval;
    const wait = next - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  await Promise.all(pending);
  clearInterval(sampler);
  return { results, memory, shed, seconds: (performance.now() - started) / 1000 };
}

async function verifyWrites(ids: string[]): Promise<number> {
  let missing = 0;
  for (let at = 0; at < ids.length; at += 100) {
    const chunk = ids.slice(at, at + 100);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: chunk } }),
    });
    const json = (await response.json()) as { data?: { nodes: ({ id: string } | null)[] } };
    missing += chunk.length - (json.data?.nodes.filter((node) => node !== null).length ?? 0);
  }
  return missing;
}

const capacity = await measure(Number(values['measure-seconds']));
const rate = capacity * Number(values.load);
console.log(`capacity ${capacity.toFixed(1)} req/s with ${clients} clients; soaking at ${rate.toFixed(1)} req/s`);
const { results, memory, shed, seconds } = await soak(rate, Number(values.minutes));
const latencies = results.map((result) => result.ms).sort((a, b) => a - b);
const failures = results.filter((result) => !result.ok);
const written = results.flatMap((result) => (result.writtenId ? [result.writtenId] : []));
const lost = await verifyWrites(written);
const firstMinutes = memory.filter((sample) => sample.minute >= 1 && sample.minute < 2).map((sample) => sample.mb);
const lastMinute = memory.filter((sample) => sample.minute >= seconds / 60 - 1).map((sample) => sample.mb);
const mean = (list: number[]) => (list.length ? list.reduce((a, b) => a + b, 0) / list.length : Number.NaN);
const report = {
  capacityPerSecond: Number(capacity.toFixed(1)),
  ratePerSecond: Number(rate.toFixed(1)),
  seconds: Math.round(seconds),
  requests: results.length,
  achievedPerSecond: Number((results.length / seconds).toFixed(1)),
  shedArrivals: shed,
  errors: failures.length,
  errorKinds: [...new Set(failures.map((failure) => failure.detail))].slice(0, 10),
  latencyMs: {
    p50: Math.round(percentile(latencies, 0.5)),
    p95: Math.round(percentile(latencies, 0.95)),
    p99: Math.round(percentile(latencies, 0.99)),
    max: Math.round(latencies.at(-1) ?? 0),
  },
  acknowledgedWrites: written.length,
  lostWrites: lost,
  rssMb: memory.length
    ? {
        secondMinute: Number(mean(firstMinutes).toFixed(1)),
        lastMinute: Number(mean(lastMinute).toFixed(1)),
        max: Number(Math.max(...memory.map((sample) => sample.mb)).toFixed(1)),
      }
    : 'pass --pid to sample the server’s RSS',
};
console.log(JSON.stringify(report, null, 2));
process.exit(failures.length === 0 && lost === 0 && shed === 0 ? 0 : 1);
