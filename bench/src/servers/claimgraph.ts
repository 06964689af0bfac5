/**
 * claimgraph as the benchmark runs it: the app from `createApp()` on PostgreSQL, plus one
 * bench-only route that reports how many SQL statements Prisma has sent, so the production entry
 * (apps/server/src/main.ts) carries nothing for the benchmark.
 *
 * The server's modules are its build (apps/server/dist, what `npm start` runs), which servers.ts
 * makes before it starts this file: compiled JavaScript with no TypeScript loader in the process.
 * Node runs this file itself by erasing its types; it imports the build typed as the sources.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// BENCH_SERVER_BUILD: another checkout's build, for an A/B against an earlier commit (src/ab.ts).
const built =
  process.env.BENCH_SERVER_BUILD ?? path.resolve(import.meta.dirname, '../../../apps/server/dist/apps/server/src');
const load = <T>(file: string) => import(pathToFileURL(path.join(built, file)).href) as Promise<T>;
const [{ openDatabase }, { hardeningDefaults }, { createApp }] = await Promise.all([
  load<typeof import('../../../apps/server/src/db/database.js')>('db/database.js'),
  load<typeof import('../../../apps/server/src/config/profile.js')>('config/profile.js'),
  load<typeof import('../../../apps/server/src/yoga.js')>('yoga.js'),
]);

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
