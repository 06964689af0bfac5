import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { PrismaClient } from '../__generated__/prisma/client.js';
import type { ApiKeyRole } from '../__generated__/prisma/enums.js';
import { changesOf, type Write } from './audit.js';
import { ConflictError, notFound, validationError } from './errors.js';
import { lockRows } from './locks.js';

const PREFIX = 'cg_';

/** Who a request acts as. */
export interface Viewer {
  apiKeyId: number;
  owner: string;
  role: ApiKeyRole;
}

export const ROLE_RANK: Record<ApiKeyRole, number> = { READER: 1, EDITOR: 2, ADMIN: 3 };

export function hashSecret(secret: string) {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Creates a key; the secret is returned once and only its hash is stored. */
export async function createApiKey(
  w: Write,
  input: { name: string; owner: string; role: ApiKeyRole; createdBy: string },
) {
  if (!input.name.trim()) throw validationError(['input', 'name'], 'The name is empty.');
  if (!input.owner.trim()) throw validationError(['input', 'owner'], 'The owner is empty.');
  const secret = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const key = await w.tx.apiKey.create({
    data: {
      name: input.name.trim(),
      owner: input.owner.trim(),
      role: input.role,
      hash: hashSecret(secret),
      prefix: secret.slice(0, PREFIX.length + 6),
      createdBy: input.createdBy,
    },
  });
  w.audit.record({
    entityType: 'ApiKey',
    entityId: key.id,
    operation: 'CREATE',
    changes: changesOf(null, key, ['name', 'owner', 'role', 'prefix']),
  });
  return { key, secret };
}

export async function revokeApiKey(w: Write, id: number) {
  // Of concurrent revokes, the first revokes and records it; the others then read it revoked.
  await lockRows(w.tx, 'ApiKey', [id]);
  const key = await w.tx.apiKey.findUnique({ where: { id } });
  if (!key) throw notFound('The API key', ['input', 'id']);
  if (key.revokedAt) throw new ConflictError('The API key is already revoked.');
  const after = await w.tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
  w.audit.record({
    entityType: 'ApiKey',
    entityId: id,
    operation: 'ARCHIVE',
    changes: changesOf(key, after, ['revokedAt']),
  });
  return after;
}

/** The viewer a secret authenticates, or null for an unknown or revoked key. */
export async function authenticate(prisma: PrismaClient, secret: string): Promise<Viewer | null> {
  if (!secret.startsWith(PREFIX) || secret.length > 128) return null;
  const hash = hashSecret(secret);
  const key = await prisma.apiKey.findUnique({ where: { hash } });
  // The lookup is by hash already; the constant-time compare keeps it so if the lookup changes.
  if (!key || key.revokedAt || !timingSafeEqual(Buffer.from(key.hash), Buffer.from(hash))) return null;
  return { apiKeyId: key.id, owner: key.owner, role: key.role };
}
