/** Starts claimgraph: reads the configuration, opens the database (and seeds it), serves the app, stops cleanly. */
import { createServer } from 'node:http';
import { readConfig } from './config/paths.js';
import { closeDatabase } from './db/database.js';
import { missingDatabaseMessage } from './db/missing-database.js';
import { openDatabaseForStart } from './db/start.js';
import { closeEvents, configureEvents, endSubscriptions } from './domain/events.js';
import { createLogger } from './http/logging.js';
import { portInUse, portInUseMessage } from './http/port.js';
import { drain, drainingListener } from './http/shutdown.js';
import { enableMetrics, useMetrics } from './observability/metrics.js';
import { otlpTracerProvider } from './observability/otlp.js';
import { seedIfEmpty } from './seed/load-story.js';
import { createApp } from './yoga.js';

const config = readConfig();
const { hardening } = config;
// Production logs one JSON object per line; development keeps plain lines for people.
const logger = createLogger('info');
const say = (message: string) => (hardening.profile === 'production' ? logger.info(message) : console.log(message));
/** A mistake in the setup: one line that says what to do, no stack trace, exit 1. */
function stop(message: string): never {
  if (hardening.profile === 'production') logger.error(message);
  else console.error(message);
  process.exit(1);
}

if (await portInUse(config.host, config.port)) stop(portInUseMessage(config.host, config.port));
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
).catch((error: unknown) => {
  const message = missingDatabaseMessage(error, config.databaseUrl);
  if (message) stop(message);
  throw error;
});
configureEvents(config.redisUrl, config.redisNamespace);
const where = database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL';
if (config.seed && (await seedIfEmpty(database.prisma))) say('Loaded the seed story.');

// Metrics and traces cost nothing when off: the tracing SDK is not even loaded without an OTLP endpoint.
const tracerProvider = await otlpTracerProvider();
const observability = [
  ...(config.metrics
    ? useMetrics(enableMetrics(database.kind === 'postgres' ? () => database.poolStats() : undefined))
    : []),
  ...(tracerProvider ? (await import('./observability/tracing.js')).useTracing(tracerProvider) : []),
];
const app = createApp({
  hardening,
  anonymousReads: config.anonymousReads,
  responseCache: config.responseCache,
  observability,
});
const { listener, inFlight } = drainingListener(app);
const server = createServer(listener);
// A client that sends its request slowly holds a connection for this long at most (Node's default is 300 s).
server.requestTimeout = config.bodyTimeoutSeconds * 1_000;
server.headersTimeout = Math.min(server.headersTimeout, server.requestTimeout);
server.once('error', (error: NodeJS.ErrnoException) => {
  // Taken between the check above and now.
  if (error.code === 'EADDRINUSE') stop(portInUseMessage(config.host, config.port));
  throw error;
});
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
  // Subscriptions last as long as their clients listen: they are ended (each client hears the stream
  // complete) so they do not hold the drain. Other open requests get their own time budget and a
  // second more; past it they are cut and the exit is 1.
  endSubscriptions();
  const finished = await drain(server, hardening.timeouts.requestMs + 1_000);
  await app.dispose();
  await closeEvents();
  await closeDatabase();
  await tracerProvider?.shutdown();
  say(finished ? 'Stopped.' : 'Stopped; some requests were cut off.');
  process.exit(finished ? 0 : 1);
}
// `on`, not `once`: Ctrl-C under `npm start` delivers SIGINT twice (the terminal's and npm's own);
// without a listener the second would kill the process mid-shutdown. The first one starts it.
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
