/**
 * Manages API keys from the command line (the admin mutations do the same over the API):
 *
 *   pnpm --filter @claimgraph/server keys create --owner alice@example.org --role editor [--name "desk laptop"]
 *   pnpm --filter @claimgraph/server keys list
 *   pnpm --filter @claimgraph/server keys revoke <id>
 *
 * It opens the database the server would (DATABASE_URL, or the PGlite folder). PGlite allows one
 * process per folder: while the server runs on it, this command writes nothing and prints the
 * request that does the same through the running server (the createApiKey / revokeApiKey mutations,
 * or the apiKeys query, with an admin key), and the server's pid, to stop it instead.
 */
import { parseArgs } from 'node:util';
import type { ApiKeyRole } from '../__generated__/prisma/enums.js';
import { closeGenerations, configureGenerations } from '../cache/generation.js';
import { readConfig } from '../config/paths.js';
import { closeDatabase, db } from '../db/database.js';
import type { FolderInUseError } from '../db/folder-lock.js';
import { openDatabaseForStart } from '../db/start.js';
import { createApiKey, revokeApiKey } from '../domain/api-keys.js';
import { DomainError } from '../domain/errors.js';
import { runWrite } from '../domain/write.js';
import { encodeGlobalId } from '../schema/global-id.js';

const ROLES: Record<string, ApiKeyRole> = { reader: 'READER', editor: 'EDITOR', admin: 'ADMIN' };
const author = { owner: `cli:${process.env.USER ?? 'unknown'}`, apiKeyId: null };

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { owner: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, json: { type: 'boolean' } },
});
const [command, arg] = positionals;

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(
    'Usage: keys create --owner <who> --role reader|editor|admin [--name <what for>] | keys list | keys revoke <id>',
  );
  process.exit(2);
}

const config = readConfig();

/** The GraphQL request that does this command's work through the running server. */
function request(): { query: string; variables?: Record<string, unknown> } {
  const onError = '... on Error { message }';
  if (command === 'create') {
    const role = ROLES[values.role ?? ''];
    if (!values.owner || !role) usage('create needs --owner and --role.');
    return {
      query: `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreateApiKeySuccess { created { secret apiKey { id owner role } } } ${onError} } }`,
      variables: { input: { owner: values.owner, role, name: values.name ?? `${values.owner} (${values.role})` } },
    };
  }
  if (command === 'revoke') {
    const id = Number(arg);
    if (!Number.isInteger(id)) usage('revoke needs the key’s number, as `keys list` shows it.');
    return {
      query: `mutation ($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { ... on RevokeApiKeySuccess { apiKey { id revokedAt } } ${onError} } }`,
      variables: { input: { id: encodeGlobalId('ApiKey', id) } },
    };
  }
  if (command === 'list') return { query: '{ apiKeys { id prefix role owner name revokedAt } }' };
  return usage();
}

/**
 * Two processes on one PGlite folder would lose the key, so a folder the server holds is refused.
 * The refusal says so, that nothing was written, and gives the request that does the same through
 * the running server with an admin key (the one way that works meanwhile), or the pid to stop.
 */
function throughTheServer(error: FolderInUseError) {
  const body = JSON.stringify(request());
  const url = `http://${config.host}:${config.port}/graphql`;
  const holder = error.holder
    ? `process ${error.holder.pid} (${error.holder.command || 'unknown command'})`
    : 'another process';
  return [
    `Nothing was changed: the embedded database in ${config.dataDir} is in use by ${holder}, and PGlite allows one process per folder.`,
    'While the server runs, do this through it, with an admin key in ADMIN_KEY:',
    `  curl -sS ${url} -H 'content-type: application/json' -H "authorization: Bearer $ADMIN_KEY" --data '${body.replaceAll("'", "'\\''")}'`,
    error.holder
      ? `Or stop process ${error.holder.pid} (kill ${error.holder.pid}) and run this command again.`
      : 'Or stop it and run this command again.',
  ].join('\n');
}

await openDatabaseForStart(
  { databaseUrl: config.databaseUrl, dataDir: config.dataDir },
  console.error,
  0,
  throughTheServer,
);
// Running servers on the same Redis learn of a new or revoked key at once (generation.ts).
configureGenerations(config.redisUrl, config.redisNamespace);
try {
  if (command === 'create') {
    const role = ROLES[values.role ?? ''];
    if (!values.owner || !role) usage('create needs --owner and --role.');
    const { key, secret } = await runWrite({ author, message: 'Created from the command line' }, (w) =>
      createApiKey(w, {
        name: values.name ?? `${values.owner} (${values.role})`,
        owner: values.owner ?? '',
        role,
        createdBy: author.owner,
      }),
    );
    if (values.json) console.log(JSON.stringify({ id: key.id, owner: key.owner, role: key.role, secret }));
    else console.log(`Created key ${key.id} for ${key.owner} (${key.role}). Its secret, shown only now:\n${secret}`);
  } else if (command === 'list') {
    for (const key of await db().apiKey.findMany({ orderBy: { id: 'asc' } })) {
      const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
      console.log(`${key.id}\t${key.prefix}…\t${key.role}\t${key.owner}\t${key.name}\t${state}`);
    }
  } else if (command === 'revoke') {
    const id = Number(arg);
    if (!Number.isInteger(id)) usage('revoke needs the key’s number, as `keys list` shows it.');
    await runWrite({ author, message: 'Revoked from the command line' }, (w) => revokeApiKey(w, id));
    console.log(`Revoked key ${id}.`);
  } else {
    usage();
  }
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await closeGenerations();
  await closeDatabase();
}
