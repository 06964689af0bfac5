import { readHardening } from '../../apps/server/src/config/profile.js';

/**
 * The production profile's options, logging at the test run's level (`LOG_LEVEL=silent`, vitest.config.ts):
 * the test output shows results, not one JSON line per request.
 */
export function productionHardening() {
  return readHardening({ NODE_ENV: 'production', LOG_LEVEL: process.env.LOG_LEVEL });
}
