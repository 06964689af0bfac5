// A consumer of the packed SDK, type-checked with TypeScript strict under `bundler` and `node16` resolution
// and then run against a real server. The @ts-expect-error lines prove the types are strict: each must fail.
import { readFile } from 'node:fs/promises';
import {
  ClaimgraphError,
  type ClaimSummaryFragment,
  createClient,
  type OperationResult,
  type StatedCertainty,
} from '@claimgraph/sdk';

const url = process.env.CLAIMGRAPH_URL;
if (!url) throw new Error('CLAIMGRAPH_URL is not set');
const client = createClient({ url });

const certainty: StatedCertainty = 'UNCONFIRMED_REPORT';
const { claims } = await client.claims({ first: 5, filter: { statedCertainty: [certainty] } });
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
}

console.log(
  JSON.stringify({
    totalCount: claims.totalCount,
    text: first?.text,
    chain,
    actorNames,
    code,
    schemaHasClaim: schema.includes('type Claim implements Node'),
    manifestSize: Object.keys(manifest).length,
  }),
);
