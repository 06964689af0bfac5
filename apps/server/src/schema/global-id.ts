import { createGraphQLError } from 'graphql-yoga';

/**
 * Global IDs are base64url of "Type:id". They are opaque to clients; decoding checks the shape so
 * a malformed or truncated ID is a clear INVALID_ID error, not an internal one.
 */
export function encodeGlobalId(typename: string, id: string | number | bigint) {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64url');
}

const SHAPE = /^([A-Z][A-Za-z]*):([1-9]\d{0,9})$/;
/** Keys are PostgreSQL integers: an ID past their range names nothing that could exist. */
const MAX_KEY = 2_147_483_647;

/** The types that implement Node, set once the schema is built; an ID naming another type is invalid. */
let nodeTypes: ReadonlySet<string> = new Set();

export function setNodeTypes(typenames: Iterable<string>) {
  nodeTypes = new Set(typenames);
}

export function invalidId(globalId: string, reason = 'is not a valid ID') {
  return createGraphQLError(`"${globalId.slice(0, 64)}" ${reason}.`, {
    extensions: { code: 'INVALID_ID' },
  });
}

export function decodeGlobalId(globalId: string) {
  const match = /^[A-Za-z0-9_-]+={0,2}$/.test(globalId)
    ? SHAPE.exec(Buffer.from(globalId, 'base64url').toString('utf8'))
    : null;
  const typename = match?.[1];
  if (!match || !typename || (nodeTypes.size > 0 && !nodeTypes.has(typename)) || Number(match[2]) > MAX_KEY) {
    throw invalidId(globalId);
  }
  return { typename, id: match[2] as string };
}

/** Decodes an ID that must name an object of one of `typenames`, to its database key. */
export function decodeIdOf(globalId: string, ...typenames: string[]) {
  const { typename, id } = decodeGlobalId(globalId);
  if (!typenames.includes(typename)) throw invalidId(globalId, `is not the ID of a ${typenames.join(' or ')}`);
  return Number(id);
}
