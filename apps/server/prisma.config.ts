import path from 'node:path';
import { defineConfig } from 'prisma/config';

// Prisma 7's CLI only generates the client here (`pnpm generate:prisma`). Its schema engine is a native
// binary it would download, and no command run here needs it. Migrations are authored with Prisma 6's
// CLI (prisma-6.config.ts) and applied by the server itself (src/db/migrate.ts), on PGlite and PostgreSQL.
export default defineConfig({
  schema: path.join(import.meta.dirname, '../../prisma/schema.prisma'),
});
