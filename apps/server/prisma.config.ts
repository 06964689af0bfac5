import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { defineConfig } from 'prisma/config';

// The CLI is only used to generate the client and to diff schemas into migration SQL. An in-memory
// PGlite makes it use the WebAssembly schema engine, so nothing is downloaded. Migrations are
// applied by the server itself (src/migrate.ts), on PGlite and PostgreSQL alike.
process.env.DATABASE_URL ??= 'postgresql://unused@localhost/unused';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(import.meta.dirname, '../../prisma/schema.prisma'),
  async adapter() {
    return new PrismaPGlite(new PGlite('memory://'));
  },
});
