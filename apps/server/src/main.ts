import { createServer } from 'node:http';
import { readConfig } from './config.js';
import { closeDatabase, openDatabase } from './db.js';
import { seedIfEmpty } from './seed/load-story.js';
import { createApp } from './yoga.js';

const config = readConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const where = database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
if (config.seed && (await seedIfEmpty(database.prisma))) console.log('Loaded the seed story.');

const app = createApp();
const server = createServer(app);
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`claimgraph serves GraphiQL at http://${config.host}:${port}${app.graphqlEndpoint} (${where})`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing open requests, then closing the database.`);
  server.close();
  server.closeIdleConnections();
  await new Promise<void>((resolve) => server.once('close', () => resolve()));
  await closeDatabase();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
