// A consumer of the packed SDK, type-checked with TypeScript's strictest settings (strict,
// exactOptionalPropertyTypes, noUncheckedIndexedAccess) under `bundler`, `node16` and `nodenext` resolution, then
// run against a real server. The @ts-expect-error lines prove the types are strict: each must fail.
import { readFile } from 'node:fs/promises';
import {
  ClaimgraphError,
  type ClaimSummaryFragment,
  createBaseClient,
  createClient,
  type ErrorCode,
  type FragmentOf,
  graphql,
  type OperationResult,
  queryOptionsFor,
  readFragment,
  type StatedCertainty,
} from '@claimgraph/sdk';
import { claim as claimOperation } from '@claimgraph/sdk/operations';

const url = process.env.CLAIMGRAPH_URL;
if (!url) throw new Error('CLAIMGRAPH_URL is not set');
// An optional setting straight from the environment (string | undefined) is accepted as it is.
const client = createClient({ url, apiKey: process.env.CLAIMGRAPH_API_KEY });

const certainty: StatedCertainty = 'UNCONFIRMED_REPORT';
// Optional input fields take undefined as well as null.
const filter = { statedCertainty: [certainty], text: process.env.CLAIMGRAPH_NEVER_SET };
const { claims } = await client.claims({ first: 5, filter, after: undefined });
const first: ClaimSummaryFragment | undefined = claims.edges[0]?.node;

const provenance: OperationResult<'claimProvenance'> = await client.claimProvenance({ id: first?.id ?? '' });
const chain = provenance.claim?.appearances.edges[0]?.node.attribution.map((hop) => `${hop.role} ${hop.agent.name}`);

let actorNames = 0;
for await (const page of client.paginate('actors', { first: 10 }, (result) => result.actors)) {
  actorNames += page.edges.length;
}

let code: string | undefined;
try {
  await client.claim({ id: 'not-an-id' });
} catch (error) {
  if (error instanceof ClaimgraphError) code = error.codes[0];
}

// Authentication fails one way: a thrown ClaimgraphError, for a write without a key as for an invalid key.
const anonymousWrite = await createClient({ url })
  .createClaim({ input: { text: 'Not without a key.', type: 'EVENT' } })
  .catch((error: unknown) => error);
const invalidKey = await createClient({ url, apiKey: 'cg_not_a_key' })
  .viewer()
  .catch((error: unknown) => error);
const unauthenticated = [anonymousWrite, invalidKey].map(
  (error) => ClaimgraphError.is(error) && error.status === 401 && error.hasCode('UNAUTHENTICATED'),
);

// One operation with the small client, and the same through TanStack Query's options.
const base = createBaseClient({ url });
const single = await base.request(claimOperation, { id: first?.id ?? '' });
const options = queryOptionsFor(base, claimOperation, { id: first?.id ?? '' });
const viaQueryOptions = await options.queryFn({ signal: new AbortController().signal });

// A query of one's own, typed from the schema, with a masked fragment.
const ClaimCard = graphql(`
  fragment ClaimCard on Claim {
    text
    verificationStatus
  }
`);
const OwnClaims = graphql(
  `
    query OwnClaims($first: Int) {
      claims(first: $first, filter: { statedCertainty: [UNCONFIRMED_REPORT] }) {
        edges {
          node {
            id
            ...ClaimCard
          }
        }
      }
    }
  `,
  [ClaimCard],
);
const own = await base.request(OwnClaims, { first: 1 });
const ownNode = own.claims.edges[0]?.node;
const card: FragmentOf<typeof ClaimCard> | undefined = ownNode;
const ownText = card ? readFragment(ClaimCard, card).text : undefined;

const schema = await readFile(new URL(import.meta.resolve('@claimgraph/sdk/schema.graphql')), 'utf8');
const manifest: Record<string, string> = JSON.parse(
  await readFile(new URL(import.meta.resolve('@claimgraph/sdk/persisted-operations.json')), 'utf8'),
);

if (process.env.NEVER_SET) {
  // @ts-expect-error `id` is required
  await client.claim({});
  // @ts-expect-error not a StatedCertainty
  await client.claims({ filter: { statedCertainty: ['MAYBE'] } });
  // @ts-expect-error `claim` has no `after`: it cannot be paginated
  client.paginate('claim', { id: '' }, () => null);
  // @ts-expect-error results are typed: a claim summary has no `headline`
  console.log(first?.headline);
  // @ts-expect-error a fragment's fields are masked until readFragment
  console.log(ownNode?.text);
  // @ts-expect-error variables of own queries are typed
  await base.request(OwnClaims, { first: 'one' });
  // A mutation's error `code` is a literal union (ErrorCode), not a string.
  const { createClaim } = await client.createClaim({ input: { text: '', type: 'EVENT' } });
  if (createClaim.__typename !== 'CreateClaimSuccess') {
    const known: 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' = createClaim.code;
    const typed: ErrorCode = known;
    // @ts-expect-error not an error code: `code` takes only ErrorCode's values
    const misspelt: typeof createClaim.code = 'CONFLCT';
    // @ts-expect-error comparing with a code that does not exist is a type error
    if (createClaim.code === 'INVALID_IDD') console.log(typed, misspelt);
  }
  const caught: unknown = new Error('any');
  // @ts-expect-error not an error code the server sends
  if (ClaimgraphError.is(caught)) caught.hasCode('INVALID_IDD');
}

console.log(
  JSON.stringify({
    totalCount: claims.totalCount,
    text: first?.text,
    chain,
    actorNames,
    code,
    unauthenticated,
    single: single.claim?.text,
    queryKey: options.queryKey,
    viaQueryOptions: viaQueryOptions.claim?.id === first?.id,
    ownText,
    schemaHasClaim: schema.includes('type Claim implements Node'),
    manifestSize: Object.keys(manifest).length,
  }),
);
