import { db } from '../db/database.js';
import { createApiKey, revokeApiKey } from '../domain/api-keys.js';
import { runWrite } from '../domain/write.js';
import { builder } from './builder.js';
import { inputId, messageField, resultOf, writeOptions } from './mutation-support.js';

export const ApiKeyRole = builder.enumType('ApiKeyRole', {
  description: 'What an API key may do.',
  values: {
    READER: { description: 'Read (needed only when anonymous reads are off).' },
    EDITOR: { description: 'Read and write the story graph.' },
    ADMIN: { description: 'All of that, and manage API keys.' },
  } as const,
});

export const ApiKey = builder.prismaNode('ApiKey', {
  id: { field: 'id' },
  nullable: true,
  description: 'An API key. Its secret is shown once, when it is created; only its hash is stored.',
  authScopes: { admin: true },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'What the key is for.' }),
    owner: t.exposeString('owner', { description: 'Who acts with it; writes are recorded under this name.' }),
    role: t.expose('role', { type: ApiKeyRole, description: 'What it may do.' }),
    prefix: t.exposeString('prefix', { description: 'The first characters of the secret, to tell keys apart.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    createdBy: t.exposeString('createdBy', { description: 'Who created it.' }),
    revokedAt: t.expose('revokedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was revoked; null while it works.',
    }),
  }),
});

const Viewer = builder.objectRef<{ owner: string; role: 'READER' | 'EDITOR' | 'ADMIN' }>('Viewer').implement({
  description: 'Who the request acts as.',
  fields: (t) => ({
    owner: t.exposeString('owner', { description: 'The API key’s owner.' }),
    role: t.field({ type: ApiKeyRole, description: 'The API key’s role.', resolve: (viewer) => viewer.role }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({
    type: Viewer,
    nullable: true,
    description: 'Who the request acts as; null without an API key.',
    resolve: (_root, _args, context) => context.viewer,
  }),
  apiKeys: t.prismaField({
    type: [ApiKey],
    description: 'Every API key, newest first (admin only).',
    authScopes: { admin: true },
    resolve: (query) => db().apiKey.findMany({ ...query, orderBy: { id: 'desc' } }),
  }),
}));

const CreateApiKeyInput = builder.inputType('CreateApiKeyInput', {
  description: 'A new API key.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'What the key is for.' }),
    owner: t.string({ required: true, description: 'Who acts with it.' }),
    role: t.field({ type: ApiKeyRole, required: true, description: 'What it may do.' }),
    message: t.string(messageField),
  }),
});

const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', {
  description: 'An API key to revoke; it stops working at once.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The key’s global ID.' }),
    message: t.string(messageField),
  }),
});

const CreatedApiKey = builder.objectRef<{ key: { id: number }; secret: string }>('CreatedApiKey').implement({
  description: 'A new API key and its secret.',
  fields: (t) => ({
    apiKey: t.prismaField({
      type: ApiKey,
      description: 'The key.',
      resolve: (query, created) => db().apiKey.findUniqueOrThrow({ ...query, where: { id: created.key.id } }),
    }),
    secret: t.exposeString('secret', {
      description: 'The secret: send it as `Authorization: Bearer <secret>`. It is not shown again.',
    }),
  }),
});

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreatedApiKey,
    description: 'Creates an API key (admin only).',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true, description: 'The key.' }) },
    errors: { ...resultOf('createApiKey', 'created', 'the new key and its secret'), directResult: false },
    resolve: (_root, { input }, context) => {
      const options = writeOptions(context, input.message);
      return runWrite(options, (w) =>
        createApiKey(w, { name: input.name, owner: input.owner, role: input.role, createdBy: options.author.owner }),
      );
    },
  }),
  revokeApiKey: t.field({
    type: ApiKey,
    description: 'Revokes an API key (admin only).',
    authScopes: { admin: true },
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true, description: 'Which key.' }) },
    errors: resultOf('revokeApiKey', 'apiKey', 'the revoked key'),
    resolve: (_root, { input }, context) =>
      runWrite(writeOptions(context, input.message), (w) =>
        revokeApiKey(w, inputId(input.id, ['input', 'id'], 'ApiKey')),
      ),
  }),
}));
