import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { benchDir } from './servers.js';

const run = promisify(execFile);

/**
 * The raw-SQL floor of a shape: its one hand-written statement (bench/sql/<shape>.sql) run by
 * pgbench with the same number of clients as the HTTP runs. No GraphQL server can beat it.
 */
export async function pgbench(options: {
  url: string;
  shape: string;
  clients: number;
  seconds: number;
  variables: Record<string, string | number>;
}): Promise<{ tps: number; p50: number | null }> {
  const file = path.join(benchDir, 'sql', `${options.shape}.sql`);
  const url = new URL(options.url);
  const args = [
    '-n',
    '-M',
    'prepared',
    '-c',
    String(options.clients),
    '-j',
    '2',
    '-T',
    String(options.seconds),
    '-h',
    url.hostname,
    '-p',
    url.port || '5432',
    '-U',
    decodeURIComponent(url.username || 'postgres'),
    '-f',
    file,
    ...Object.entries(options.variables).flatMap(([k, v]) => ['-D', `${k}=${v}`]),
    url.pathname.slice(1),
  ];
  const { stdout } = await run('pgbench', args, { maxBuffer: 1 << 20 });
  const tps = Number(/tps = ([\d.]+)/.exec(stdout)?.[1] ?? Number.NaN);
  const latency = Number(/latency average = ([\d.]+) ms/.exec(stdout)?.[1] ?? Number.NaN);
  return { tps, p50: Number.isFinite(latency) ? latency * 1000 : null };
}
