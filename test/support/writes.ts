import type { Api, Role } from './fixtures.js';

export interface MutationResult {
  __typename: string;
  message?: string;
  code?: string;
  issues?: { path: string[]; message: string; code: string | null }[];
  currentRevision?: number | null;
  [field: string]: unknown;
}

const INPUT_TYPES: Record<string, string> = {
  archiveClaim: 'ArchiveClaimInput',
  addAttributionHop: 'AddAttributionHopInput',
  moveAttributionHop: 'MoveAttributionHopInput',
  removeAttributionHop: 'RemoveAttributionHopInput',
  addClaimActor: 'ClaimActorChangeInput',
  removeClaimActor: 'ClaimActorChangeInput',
};

/**
 * Runs a mutation and returns its result union member. `selection` is what to select on the
 * success type (e.g. "claim { id revision }").
 */
export async function mutate(
  api: Api,
  name: string,
  input: Record<string, unknown>,
  selection: string,
  role: Role = 'editor',
) {
  const inputType = INPUT_TYPES[name] ?? `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
  const success = `${name.charAt(0).toUpperCase()}${name.slice(1)}Success`;
  const query = `mutation ($input: ${inputType}!) { ${name}(input: $input) {
    __typename ... on ${success} { ${selection} }
    ... on Error { message code issues { path message code } } ... on ConflictError { currentRevision } } }`;
  const data = await api.data<Record<string, MutationResult>>(query, { input }, { key: api.keys[role] });
  return data[name] as MutationResult;
}

/** Everything that counts as "the data": rows of every table but the key store. */
export async function snapshot(api: Api) {
  const p = api.database.prisma;
  const [
    sources,
    ratings,
    actors,
    articles,
    versions,
    claims,
    claimActors,
    appearances,
    cues,
    hops,
    relations,
    assessments,
    events,
  ] = await Promise.all([
    p.source.count(),
    p.sourceReliabilityRating.count(),
    p.actor.count(),
    p.article.count(),
    p.articleVersion.count(),
    p.claim.findMany({ orderBy: { id: 'asc' } }),
    p.claimActor.count(),
    p.claimAppearance.findMany({ orderBy: { id: 'asc' } }),
    p.cue.count(),
    p.attributionHop.findMany({ orderBy: { id: 'asc' } }),
    p.claimRelation.count(),
    p.assessment.count(),
    p.changeEvent.count(),
  ]);
  return {
    sources,
    ratings,
    actors,
    articles,
    versions,
    claims,
    claimActors,
    appearances,
    cues,
    hops,
    relations,
    assessments,
    events,
  };
}

/** The first claim whose words match `text`. */
export async function claimByText(api: Api, text: string) {
  const data = await api.data<{ claims: { edges: { node: { id: string; revision: number; text: string } }[] } }>(
    `query ($text: String!) { claims(filter: { text: $text }) { edges { node { id revision text } } } }`,
    { text },
  );
  const claim = data.claims.edges[0]?.node;
  if (!claim) throw new Error(`no claim matches "${text}"`);
  return claim;
}

/** The first actor found by `name`. */
export async function actorByName(api: Api, name: string) {
  const data = await api.data<{ actors: { edges: { node: { id: string; revision: number; aliases: string[] } }[] } }>(
    `query ($name: String!) { actors(filter: { name: $name }) { edges { node { id revision aliases } } } }`,
    { name },
  );
  const actor = data.actors.edges[0]?.node;
  if (!actor) throw new Error(`no actor named "${name}"`);
  return actor;
}
