/**
 * The floor: graphql-yoga with a one-field schema, answering `{ __typename }` with the same Node
 * and HTTP stack as claimgraph. No server on this stack answers a GraphQL request faster.
 */
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

const yoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'hello' } } }),
  graphiql: false,
  landingPage: false,
  logging: false,
});
const server = createServer(yoga);
server.listen(Number(process.env.PORT ?? 4001), '127.0.0.1', () => console.log('floor listening'));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
