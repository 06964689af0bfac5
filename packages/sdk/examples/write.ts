import { createClient, type FetchLike } from '@claimgraph/sdk';

/** Writes need an editor's API key. Expected failures come back as data: narrow the result on `__typename`. */
export async function writeWithAKey(url: string, apiKey: string, fetch?: FetchLike) {
  const client = createClient({ url, apiKey, fetch });

  const { createClaim } = await client.createClaim({ input: { text: 'A convoy reached Tartous.', type: 'EVENT' } });
  if (createClaim.__typename !== 'CreateClaimSuccess') {
    // ValidationError (with `issues` per field), ForbiddenError, NotFoundError or ConflictError; `code` is
    // their ErrorCode, a literal union: 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN'.
    throw new Error(`${createClaim.code}: ${createClaim.message}`);
  }
  const { claim } = createClaim;

  // Updates name the revision they start from: a second update from the same revision is a ConflictError,
  // never a silent overwrite.
  const input = { id: claim.id, revision: claim.revision };
  const { updateClaim } = await client.updateClaim({ input: { ...input, timeText: 'on Monday' } });
  const stale = await client.updateClaim({ input: { ...input, timeText: 'on Tuesday' } });
  // The conflict says which revision the claim is at now: read it again from there.
  const conflict = stale.updateClaim.__typename === 'ConflictError' ? stale.updateClaim : undefined;

  return {
    created: claim.text,
    updated: updateClaim.__typename,
    conflict: conflict?.code,
    startedFrom: claim.revision,
    currentRevision: conflict?.currentRevision,
  };
}
