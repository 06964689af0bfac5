import path from 'node:path';

/**
 * What the app exposes and what it refuses. Limits are the same in every profile (a developer meets
 * the refusals production gives); the profile decides what is shown: GraphiQL, introspection, field
 * suggestions, the log format.
 */
export type Profile = 'development' | 'production';

export interface Limits {
  /** Deepest selection, counting introspection fields (stops circular introspection). */
  maxDepth: number;
  /** Aliases per operation, `__typename` aliases included. */
  maxAliases: number;
  /** Directives per operation. */
  maxDirectives: number;
  /** Lexical tokens per document. */
  maxTokens: number;
  /** Field selections per operation, fragments expanded (stops `__typename` × 500). */
  maxFields: number;
  /** The cost budget of one operation; see plugins/cost.ts for how cost is counted. */
  maxCost: number;
  /** Largest request body, in bytes; larger is a 413. */
  maxBodyBytes: number;
  /** Longest list in any argument (`nodes(ids:)`, filter lists). */
  maxListLength: number;
}

export interface RateLimit {
  enabled: boolean;
  /** Cost points each client address may spend per window. */
  addressPoints: number;
  /** Cost points each API key may spend per window. */
  keyPoints: number;
  /** Invalid API keys each client address may present per window. */
  failedKeyPoints: number;
  windowSeconds: number;
  /** Shared buckets for replicas; memory when unset. */
  redisUrl: string | undefined;
  /** Read the client address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy: boolean;
}

export interface Timeouts {
  /** Longest a GraphQL execution may take before the client gets REQUEST_TIMEOUT. */
  requestMs: number;
  /** PostgreSQL `statement_timeout` on every pool connection. */
  statementMs: number;
  /** How long a request waits for a pool connection before DATABASE_UNAVAILABLE (503). */
  poolWaitMs: number;
  /** The readiness probe's `SELECT 1` budget. */
  readinessMs: number;
}

export interface PersistedOperations {
  /** `off`: any document runs. `only`: only documents of the manifest, by hash. */
  mode: 'off' | 'only';
  /** A JSON object of sha256 hash → document (the SDK writes one). */
  manifestPath: string;
}

export interface HardeningOptions {
  profile: Profile;
  graphiql: boolean;
  introspection: boolean;
  fieldSuggestions: boolean;
  /** Origins whose pages may call the API from a browser; `*` any, none: same-origin only. */
  corsOrigins: string[];
  /** Requests without a JSON content type need one of these headers (CSRF prevention). */
  csrfHeaders: string[];
  limits: Limits;
  rateLimit: RateLimit;
  timeouts: Timeouts;
  persistedOperations: PersistedOperations;
  log: { level: string };
}

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

export const defaultLimits: Limits = {
  maxDepth: 15,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxFields: 300,
  maxCost: 20_000,
  maxBodyBytes: 1024 * 1024,
  maxListLength: 100,
};

/** The options of a profile before the environment overrides them. */
export function hardeningDefaults(profile: Profile): HardeningOptions {
  const production = profile === 'production';
  return {
    profile,
    graphiql: !production,
    introspection: !production,
    fieldSuggestions: !production,
    // Development serves tools on any local port; production names its origins.
    corsOrigins: production ? [] : ['*'],
    csrfHeaders: ['x-graphql-yoga-csrf', 'x-claimgraph-csrf', 'apollo-require-preflight', 'graphql-preflight'],
    limits: { ...defaultLimits },
    rateLimit: {
      enabled: production,
      addressPoints: 200_000,
      keyPoints: 400_000,
      failedKeyPoints: 20,
      windowSeconds: 60,
      redisUrl: undefined,
      trustProxy: false,
    },
    timeouts: { requestMs: 15_000, statementMs: 10_000, poolWaitMs: 2_000, readinessMs: 1_000 },
    persistedOperations: { mode: 'off', manifestPath: path.join(repoRoot, 'packages/sdk/persisted-operations.json') },
    log: { level: production ? 'info' : 'warn' },
  };
}

/**
 * Reads the hardening options from the environment. `CLAIMGRAPH_PROFILE` wins over `NODE_ENV`;
 * every value a profile sets can be overridden by its own variable (see the README's table).
 */
export function readHardening(env: NodeJS.ProcessEnv = process.env): HardeningOptions {
  const profileName = env.CLAIMGRAPH_PROFILE || (env.NODE_ENV === 'production' ? 'production' : 'development');
  if (profileName !== 'production' && profileName !== 'development') {
    throw new Error(`CLAIMGRAPH_PROFILE must be development or production, got ${JSON.stringify(profileName)}`);
  }
  const options = hardeningDefaults(profileName);
  const flag = (name: string, fallback: boolean) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
    throw new Error(`${name} must be true or false, got ${JSON.stringify(value)}`);
  };
  const count = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const number = Number(value);
    if (!Number.isInteger(number) || number < 0) {
      throw new Error(`${name} must be a whole number, got ${JSON.stringify(value)}`);
    }
    return number;
  };
  const { limits, rateLimit, timeouts, persistedOperations } = options;
  const mode = env.CLAIMGRAPH_PERSISTED_OPERATIONS || persistedOperations.mode;
  if (mode !== 'off' && mode !== 'only') {
    throw new Error(`CLAIMGRAPH_PERSISTED_OPERATIONS must be off or only, got ${JSON.stringify(mode)}`);
  }
  return {
    ...options,
    graphiql: flag('CLAIMGRAPH_GRAPHIQL', options.graphiql),
    introspection: flag('CLAIMGRAPH_INTROSPECTION', options.introspection),
    fieldSuggestions: flag('CLAIMGRAPH_FIELD_SUGGESTIONS', options.fieldSuggestions),
    corsOrigins:
      env.CLAIMGRAPH_CORS_ORIGINS === undefined
        ? options.corsOrigins
        : env.CLAIMGRAPH_CORS_ORIGINS.split(',')
            .map((origin) => origin.trim())
            .filter(Boolean),
    limits: {
      maxDepth: count('CLAIMGRAPH_MAX_DEPTH', limits.maxDepth),
      maxAliases: count('CLAIMGRAPH_MAX_ALIASES', limits.maxAliases),
      maxDirectives: count('CLAIMGRAPH_MAX_DIRECTIVES', limits.maxDirectives),
      maxTokens: count('CLAIMGRAPH_MAX_TOKENS', limits.maxTokens),
      maxFields: count('CLAIMGRAPH_MAX_FIELDS', limits.maxFields),
      maxCost: count('CLAIMGRAPH_MAX_COST', limits.maxCost),
      maxBodyBytes: count('CLAIMGRAPH_MAX_BODY_BYTES', limits.maxBodyBytes),
      maxListLength: count('CLAIMGRAPH_MAX_LIST_LENGTH', limits.maxListLength),
    },
    rateLimit: {
      enabled: flag('CLAIMGRAPH_RATE_LIMIT', rateLimit.enabled),
      addressPoints: count('CLAIMGRAPH_RATE_LIMIT_ADDRESS_POINTS', rateLimit.addressPoints),
      keyPoints: count('CLAIMGRAPH_RATE_LIMIT_KEY_POINTS', rateLimit.keyPoints),
      failedKeyPoints: count('CLAIMGRAPH_RATE_LIMIT_FAILED_KEYS', rateLimit.failedKeyPoints),
      windowSeconds: count('CLAIMGRAPH_RATE_LIMIT_WINDOW_SECONDS', rateLimit.windowSeconds),
      redisUrl: env.REDIS_URL || undefined,
      trustProxy: flag('CLAIMGRAPH_TRUST_PROXY', rateLimit.trustProxy),
    },
    timeouts: {
      requestMs: count('CLAIMGRAPH_REQUEST_TIMEOUT_MS', timeouts.requestMs),
      statementMs: count('CLAIMGRAPH_STATEMENT_TIMEOUT_MS', timeouts.statementMs),
      poolWaitMs: count('CLAIMGRAPH_POOL_WAIT_MS', timeouts.poolWaitMs),
      readinessMs: count('CLAIMGRAPH_READINESS_TIMEOUT_MS', timeouts.readinessMs),
    },
    persistedOperations: {
      mode,
      manifestPath: env.CLAIMGRAPH_PERSISTED_OPERATIONS_MANIFEST || persistedOperations.manifestPath,
    },
    log: { level: env.LOG_LEVEL || options.log.level },
  };
}
