import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Body } from '../shapes.js';

const run = promisify(execFile);

export interface WrkResult {
  requests: number;
  seconds: number;
  rps: number;
  errors: number;
  /** Microseconds. */
  p50: number;
  p99: number;
  sample: string;
}

/** Saturated throughput: wrk with `connections` open connections for `seconds`. */
export async function wrk(options: {
  url: string;
  bodies: Body[];
  connections: number;
  seconds: number;
  workDir: string;
  authorization?: string;
}): Promise<WrkResult> {
  const file = path.join(options.workDir, `bodies-${process.pid}-${Date.now()}.jsonl`);
  await writeFile(file, `${options.bodies.map((b) => JSON.stringify(b)).join('\n')}\n`);
  const url = new URL(options.url);
  const script = path.join(import.meta.dirname, 'bodies.lua');
  const threads = Math.min(2, options.connections);
  const { stdout } = await run(
    'wrk',
    [
      `-t${threads}`,
      `-c${options.connections}`,
      `-d${options.seconds}s`,
      '--timeout',
      '10s',
      '-s',
      script,
      `${url.origin}`,
      '--',
      file,
      url.pathname,
      options.authorization ?? '',
      String(threads),
    ],
    { maxBuffer: 1 << 20 },
  );
  const line = stdout.split('\n').find((l) => l.startsWith('BENCH_JSON '));
  if (!line) throw new Error(`wrk printed no summary:\n${stdout}`);
  const parsed = JSON.parse(line.slice('BENCH_JSON '.length)) as Omit<WrkResult, 'rps'> & { socketErrors: number };
  return { ...parsed, errors: parsed.errors + parsed.socketErrors, rps: parsed.requests / parsed.seconds };
}
