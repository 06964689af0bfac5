/**
 * claimgraph as the benchmark runs it: the app from `createApp()` on PostgreSQL, plus one
 * bench-only route that reports how many SQL statements Prisma has sent, so the production entry
 * (apps/server/src/main.ts) carries nothing for the benchmark.
 */
import { createServer } from 'node:http';
import { openDatabase } from '../../../apps/server/src/db.js';
import { hardeningDefaults } from '../../../apps/server/src/profile.js';
import { createApp } from '../../../apps/server/src/yoga.js';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl && process.env.BENCH_PGLITE_DIR === undefined) throw new Error('DATABASE_URL is required.');
const database = await openDatabase(
  databaseUrl
    ? { databaseUrl, poolSize: Number(process.env.POOL_SIZE ?? 10) }
    : { dataDir: process.env.BENCH_PGLITE_DIR ?? 'memory://' },
);
// `claimgraph-uncached` runs the same app with the response cache off (CLAIMGRAPH_RESPONSE_CACHE=false).
// As `npm start` serves it: the development profile (no rate limits), whatever NODE_ENV the runner sets.
const app = createApp({
  graphiql: false,
  responseCache: process.env.CLAIMGRAPH_RESPONSE_CACHE !== 'false',
  hardening: hardeningDefaults('development'),
});
const server = createServer((request, response) => {
  if (request.url === '/__bench/statements') {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ statements: database.statementCount() }));
    return;
  }
  void app(request, response);
});
server.listen(Number(process.env.PORT ?? 4000), '127.0.0.1', () => console.log('claimgraph listening'));
const stop = () => {
  server.close();
  void database.close().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
