import { existsSync } from 'node:fs';
import path from 'node:path';
import { type HardeningOptions, readHardening } from './profile.js';

/**
 * Where the files the server reads at run time live (prisma/migrations, the seed story, the explorer's
 * build): the repository, or, compiled, the build's copy of them, since dist/ mirrors the repository
 * (apps/server/dist/apps/server/src/config/paths.js; tsconfig.build.json, scripts/copy-build-files.ts).
 */
export const repoRoot = path.resolve(import.meta.dirname, '../../../..');

/**
 * Where `.data/` goes: the repository's root, whether the server runs from source or from its build in
 * the checkout; beside dist/ in a deployed folder. Never inside dist/, which a rebuild replaces.
 */
function dataHome() {
  if (!import.meta.url.endsWith('.js')) return repoRoot;
  const checkout = path.resolve(repoRoot, '../../..');
  return existsSync(path.join(checkout, 'pnpm-workspace.yaml')) ? checkout : path.resolve(repoRoot, '..');
}

export interface ServerConfig {
  /** A PostgreSQL URL; when unset the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** PGlite's data folder (or `memory://`), used when `databaseUrl` is unset. */
  dataDir: string;
  port: number;
  host: string;
  /** Load the seed story into an empty database on start. */
  seed: boolean;
  /** Let clients without an API key read (writes always need one). */
  anonymousReads: boolean;
  /** Remember query results until the next committed write (plugins/response-cache.ts). */
  responseCache: boolean;
  /** Redis for events across server processes; unset keeps them in process. */
  redisUrl: string | undefined;
  /** Names this deployment's channels in Redis, so several deployments can share one server. */
  redisNamespace: string;
  /** How long a client may take to send its whole request (headers and body), in seconds. */
  bodyTimeoutSeconds: number;
  /** How long start-up waits for a PostgreSQL server that does not answer, in seconds. */
  startRetrySeconds: number;
  /** Prometheus metrics at `/metrics` (observability/metrics.ts). */
  metrics: boolean;
  /** The profile (development or production) and every limit: profile.ts, the README's table. */
  hardening: HardeningOptions;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got ${JSON.stringify(env.PORT)}`);
  }
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.CLAIMGRAPH_DATA_DIR || path.join(dataHome(), '.data', 'pglite'),
    port,
    host: env.HOST || '127.0.0.1',
    seed: env.CLAIMGRAPH_SEED !== 'false',
    anonymousReads: env.CLAIMGRAPH_ANONYMOUS_READS !== 'false',
    responseCache: env.CLAIMGRAPH_RESPONSE_CACHE !== 'false',
    redisUrl: env.REDIS_URL || undefined,
    redisNamespace: env.CLAIMGRAPH_REDIS_NAMESPACE || 'claimgraph',
    startRetrySeconds: seconds(env, 'CLAIMGRAPH_START_RETRY_SECONDS', 60),
    bodyTimeoutSeconds: seconds(env, 'CLAIMGRAPH_BODY_TIMEOUT_SECONDS', 30),
    metrics: env.CLAIMGRAPH_METRICS !== 'false',
    hardening: readHardening(env),
  };
}

function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number) {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0)
    throw new Error(`${name} must be a number of seconds, got ${JSON.stringify(value)}`);
  return number;
}
