import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { defineConfig } from 'prisma-6/config';

// Prisma 6's CLI, kept to diff schemas into migration SQL (src/scripts/new-migration.ts): with an
// in-memory PGlite it runs the WebAssembly schema engine, so nothing is downloaded. Prisma 7's CLI has
// only the native engine. Migrations are applied by the server itself (src/db/migrate.ts).
process.env.DATABASE_URL ??= 'postgresql://unused@localhost/unused';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  // The CLI reads the generators here to decide which engines it needs: the script passes a copy of
  // the schema with the datasource `url` Prisma 6 requires.
  schema: process.env.PRISMA_6_SCHEMA ?? path.join(import.meta.dirname, '../../prisma/schema.prisma'),
  async adapter() {
    return new PrismaPGlite(new PGlite('memory://'));
  },
});
