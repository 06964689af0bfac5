import type { Plugin, YogaLogger } from 'graphql-yoga';
import { useReadiness } from '../http/health.js';
import { createLogger, useRequestLog, yogaLogger } from '../http/logging.js';
import { useCostLimit } from '../plugins/cost.js';
import { useExposure } from '../plugins/exposure.js';
import { useInputListLimit } from '../plugins/input-lists.js';
import { useInputValues } from '../plugins/input-values.js';
import { usePersistedOperationsOnly } from '../plugins/persisted-operations.js';
import { useQueryLimits } from '../plugins/query-limits.js';
import { createRateLimiting, type RateLimiting } from '../plugins/rate-limit.js';
import { useRequestGuards } from '../plugins/request-guards.js';
import { useTimeBudget } from '../plugins/time-budget.js';
import { type HardeningOptions, readHardening } from './profile.js';

export interface Hardening {
  options: HardeningOptions;
  logging: YogaLogger;
  /** Before the app's own plugins: HTTP guards, parse and validation limits, exposure, input values. */
  beforeExecution: Plugin[];
  /** After them, in this order: list lengths, cost, rate limit, time budget. */
  execution: Plugin[];
  /** The rate limit's spending, for answers given before execution (the response cache); absent when off. */
  admit?: RateLimiting['admit'];
  /** The limit on invalid API keys per address (plugins/rate-limit.ts); absent when rate limits are off. */
  checkKey?: RateLimiting['checkKey'];
}

/**
 * The plugins that make the app fit for the open internet, from the profile's options; without them,
 * from the environment, as the server reads it (profile.ts).
 */
export function createHardening(options: HardeningOptions = readHardening()): Hardening {
  const logger = createLogger(options.log.level);
  const rateLimiting = options.rateLimit.enabled ? createRateLimiting(options.rateLimit) : undefined;
  const closeRateLimiting: Plugin = { onDispose: () => rateLimiting?.close() };
  return {
    options,
    logging: yogaLogger(logger),
    beforeExecution: [
      useRequestLog(logger),
      useReadiness(options.timeouts.readinessMs),
      ...useRequestGuards(options.csrfHeaders),
      ...(options.persistedOperations.mode === 'only'
        ? [usePersistedOperationsOnly(options.persistedOperations.manifestPath)]
        : []),
      ...useQueryLimits(options.limits),
      ...useExposure(options),
      // Before the response cache's key is made of the variables, and before anything reads a value.
      useInputValues(),
    ],
    execution: [
      useInputListLimit(options.limits.maxListLength),
      useCostLimit(options.limits.maxCost, options.limits.maxFields),
      ...(rateLimiting ? [rateLimiting.plugin, closeRateLimiting] : []),
      useTimeBudget(options.timeouts.requestMs),
    ],
    ...(rateLimiting ? { admit: rateLimiting.admit, checkKey: rateLimiting.checkKey } : {}),
  };
}
