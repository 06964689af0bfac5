import { ClaimgraphError, createClient, type FetchLike } from '@claimgraph/sdk';

/**
 * Authentication fails one way: the client throws a `ClaimgraphError` with the code UNAUTHENTICATED (HTTP 401).
 * A key whose role is not enough is a `ForbiddenError` in a mutation's result, like any expected failure.
 */
export async function writeAsWho(url: string, readerKey: string, fetch?: FetchLike) {
  const input = { text: 'A convoy reached Tartous.', type: 'EVENT' } as const;

  let withoutKey = 'written';
  try {
    await createClient({ url, fetch }).createClaim({ input });
  } catch (error) {
    if (!ClaimgraphError.is(error) || !error.hasCode('UNAUTHENTICATED')) throw error;
    withoutKey = 'sign in'; // no key, or an invalid or revoked one: ask for credentials
  }

  const { createClaim } = await createClient({ url, apiKey: readerKey, fetch }).createClaim({ input });
  // `code` is an ErrorCode: 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN'.
  const withReaderKey = createClaim.__typename === 'CreateClaimSuccess' ? 'written' : createClaim.code;

  return { withoutKey, withReaderKey };
}
