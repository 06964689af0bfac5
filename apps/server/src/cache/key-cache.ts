import { db } from '../db/database.js';
import { authenticate, hashSecret, type Viewer } from '../domain/api-keys.js';
import type { Generations } from './generation.js';

/**
 * Who an API key authenticates as, remembered so that an authenticated request does not look its
 * key up in the database every time. An entry holds only under the keys generation it was read in
 * (generation.ts): creating or revoking any key changes that generation on every replica before the
 * mutation answers, so a revoked key is refused by the very next request, wherever it lands. Entries
 * are keyed by the secret's hash (the secret itself is not kept), unknown keys are remembered too
 * (a flood of made-up keys costs no queries), and `TTL_MS` bounds a misconfigured deployment.
 */
const TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;

const entries = new Map<string, { viewer: Viewer | null; generation: number; at: number }>();

export async function authenticateCached(secret: string, generations: Generations | undefined) {
  if (!generations) return authenticate(db(), secret);
  const hash = hashSecret(secret);
  const now = Date.now();
  const hit = entries.get(hash);
  if (hit && hit.generation === generations.keys && now - hit.at < TTL_MS) return hit.viewer;
  const viewer = await authenticate(db(), secret);
  entries.delete(hash);
  entries.set(hash, { viewer, generation: generations.keys, at: now });
  if (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  return viewer;
}
