import { createServer } from 'node:http';
import { readConfig } from './config.js';
import { openDatabaseForStart } from './db/start.js';
import { closeDatabase } from './db.js';
import { closeEvents, configureEvents } from './events.js';
import { createLogger } from './http/logging.js';
import { drain, drainingListener } from './http/shutdown.js';
import { seedIfEmpty } from './seed/load-story.js';
import { createApp } from './yoga.js';

const config = readConfig();
const { hardening } = config;
// Production logs one JSON object per line; development keeps plain lines for people.
const logger = createLogger('info');
const say = (message: string) => (hardening.profile === 'production' ? logger.info(message) : console.log(message));
// Waits for a PostgreSQL server that is not up yet; refuses a PGlite folder another process holds.
const database = await openDatabaseForStart(
  {
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    statementTimeoutMs: hardening.timeouts.statementMs,
    poolWaitMs: hardening.timeouts.poolWaitMs,
  },
  say,
  config.startRetrySeconds,
);
configureEvents(config.redisUrl, config.redisNamespace);
const where = database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
if (config.seed && (await seedIfEmpty(database.prisma))) say('Loaded the seed story.');

const app = createApp({ hardening, anonymousReads: config.anonymousReads, responseCache: config.responseCache });
const { listener, inFlight } = drainingListener(app);
const server = createServer(listener);
// A client that sends its request slowly holds a connection for this long at most (Node's default is 300 s).
server.requestTimeout = config.bodyTimeoutSeconds * 1_000;
server.headersTimeout = Math.min(server.headersTimeout, server.requestTimeout);
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const what = hardening.graphiql ? 'GraphiQL' : 'GraphQL';
  say(
    `claimgraph serves ${what} at http://${config.host}:${port}${app.graphqlEndpoint} (${where}, ${hardening.profile})`,
  );
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  say(`${signal}: refusing new requests, finishing ${inFlight()} open ones, then closing the database.`);
  // Open requests get their own time budget and a second more; past it they are cut and the exit is 1.
  const finished = await drain(server, hardening.timeouts.requestMs + 1_000);
  await app.dispose();
  await closeEvents();
  await closeDatabase();
  say(finished ? 'Stopped.' : 'Stopped; some requests were cut off.');
  process.exit(finished ? 0 : 1);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
