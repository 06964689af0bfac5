import type { Prisma } from '../__generated__/prisma/client.js';

/** A Prisma client or an open transaction: domain functions run inside the caller's transaction. */
export type Tx = Prisma.TransactionClient;
