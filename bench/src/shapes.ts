import { encodeGlobalId } from '../../apps/server/src/schema/global-id.js';

/**
 * The query shapes, written for each server's schema so that every server returns the same data:
 * claimgraph and the Apollo peer share claimgraph's field names (Apollo takes database ids where
 * claimgraph takes global IDs); PostGraphile's are its own (amber preset + connection filter).
 */

export type Flavour = 'claimgraph' | 'apollo' | 'postgraphile';
export type ShapeId = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'Q5' | 'M1';

export interface Body {
  query: string;
  variables?: Record<string, unknown>;
}

export interface Params {
  /** Claims to read (Q1) and to assess (M1). */
  claimIds: number[];
  /** Actor and certainties for Q3: actors with many claims, certainties they are stated with. */
  q3: { actorId: number; certainties: string[] }[];
  searchTerms: string[];
  /** Q5: the verification status filtered on; `position` is the depth of the SQL floor's page. */
  q5: { status: string; position: number };
}

export const SHAPES: Record<ShapeId, { title: string; description: string }> = {
  Q1: {
    title: 'claim by id',
    description: 'One claim by its ID, with its first 10 appearances (anchor, stated certainty).',
  },
  Q2: {
    title: 'articles → claims → actors',
    description:
      'A page of 20 articles from anywhere in the list (by cursor), each with its publisher, and 5 appearances from its current text, each with its claim and the claim’s actors.',
  },
  Q3: {
    title: 'filtered claims + chains',
    description:
      'A page of 20 claims stated with given certainties and involving a given actor, each with 3 appearances and their attribution chains (actor or source at every hop).',
  },
  Q4: {
    title: 'full-text search',
    description:
      'Ranked full-text search across claims, articles, actors and sources: 20 hits with highlighted fragments.',
  },
  Q5: {
    title: 'deep page + totalCount',
    description:
      'A page of 20 claims filtered by verification status, at any depth of the list (by cursor), with the filtered list’s totalCount.',
  },
  M1: {
    title: 'add an assessment',
    description: 'Adds an assessment to a claim and makes its status the claim’s current one.',
  },
};

const gid = (flavour: Flavour, type: string, id: number) =>
  flavour === 'claimgraph' ? encodeGlobalId(type, id) : String(id);

const CLAIMGRAPH_Q = {
  Q1: `query Q1($id: ID!) { claim(id: $id) { id text type verificationStatus createdAt
    appearances(first: 10) { edges { node { id statedCertainty quote anchor { start end } } } } } }`,
  Q2: `query Q2($after: String) { articles(first: 20, after: $after) { edges { node { id headline publisher { name }
    currentVersion { appearances(first: 5) { edges { node { statedCertainty quote
      claim { text actors { role actor { name } } } } } } } } } } }`,
  Q3: `query Q3($actor: ID!, $certainty: [StatedCertainty!]) {
    claims(first: 20, filter: { statedCertainty: $certainty, actor: { id: $actor } }) { edges { node { id text verificationStatus
      appearances(first: 3) { edges { node { statedCertainty
        attribution { position role agent { __typename ... on Actor { name } ... on Source { name } } } } } } } } } }`,
  Q4: `query Q4($q: String!) { search(query: $q, first: 20) { rank highlights { text }
    node { __typename ... on Claim { id text } ... on Article { id headline } ... on Actor { id name } ... on Source { id name } } } }`,
  Q5: `query Q5($after: String, $status: [VerificationStatus!], $first: Int) {
    claims(first: $first, after: $after, filter: { verificationStatus: $status }) { totalCount
      pageInfo { hasNextPage endCursor } edges { node { id text createdAt } } } }`,
  M1: `mutation M1($input: AddAssessmentInput!) { addAssessment(input: $input) { __typename
    ... on AddAssessmentSuccess { assessment { id verificationStatus } } ... on Error { message } } }`,
};

const POSTGRAPHILE_Q = {
  Q1: `query Q1($id: Int!) { claimByRowId(rowId: $id) { rowId text type verificationStatus createdAt
    claimAppearancesByClaimId(first: 10, orderBy: PRIMARY_KEY_ASC) { edges { node { rowId statedCertainty exact start end } } } } }`,
  Q2: `query Q2($after: Cursor) { allArticles(first: 20, after: $after, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) { edges { node { rowId headline
    sourceByPublisherId { name }
    articleVersionsByArticleId(first: 1, orderBy: NUMBER_DESC) { nodes {
      claimAppearancesByVersionId(first: 5, orderBy: [START_ASC, PRIMARY_KEY_ASC]) { edges { node { statedCertainty exact
        claimByClaimId { text claimActorsByClaimId(orderBy: PRIMARY_KEY_ASC) { nodes { role actorByActorId { name } } } } } } } } } } } } }`,
  Q3: `query Q3($actor: Int!, $certainty: [StatedCertainty!]) {
    allClaims(first: 20, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC], filter: {
      claimAppearancesByClaimId: { some: { statedCertainty: { in: $certainty } } },
      claimActorsByClaimId: { some: { actorId: { equalTo: $actor } } } }) { edges { node { rowId text verificationStatus
      claimAppearancesByClaimId(first: 3, orderBy: PRIMARY_KEY_ASC) { edges { node { statedCertainty
        attributionHopsByAppearanceId(orderBy: POSITION_ASC) { nodes { position role actorByActorId { name } sourceBySourceId { name } } } } } } } } } }`,
  Q4: `query Q4($q: String!) { benchPgSearch(query: $q, hits: 20) { nodes { kind rowId rank headline title } } }`,
  Q5: `query Q5($after: Cursor, $status: VerificationStatus!, $first: Int) {
    allClaims(first: $first, after: $after, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC], condition: { verificationStatus: $status }) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { rowId text createdAt } } } }`,
  M1: `mutation M1($claimId: Int!, $status: VerificationStatus!, $credibility: Int, $rationale: String) {
    benchPgAddAssessment(input: { claimId: $claimId, verificationStatus: $status, credibility: $credibility, rationale: $rationale }) {
      result { rowId verificationStatus } } }`,
};

const APOLLO_M1 = `mutation M1($input: AddAssessmentInput!) { addAssessment(input: $input) { id verificationStatus } }`;

/**
 * Request bodies for a shape, each distinct; the load generators send them in order. Q2 and Q5 page
 * from `cursors`, which the caller collected from the server (cursors are each server's own).
 */
export function bodies(shape: ShapeId, flavour: Flavour, params: Params, cursors: (string | null)[] = [null]): Body[] {
  const pg = flavour === 'postgraphile';
  const Q = pg ? POSTGRAPHILE_Q : CLAIMGRAPH_Q;
  switch (shape) {
    case 'Q1':
      return params.claimIds.map((id) => ({ query: Q.Q1, variables: { id: pg ? id : gid(flavour, 'Claim', id) } }));
    case 'Q2':
      return cursors.map((after) => ({ query: Q.Q2, variables: { after } }));
    case 'Q3':
      return params.q3.map(({ actorId, certainties }) => ({
        query: Q.Q3,
        variables: { actor: pg ? actorId : gid(flavour, 'Actor', actorId), certainty: certainties },
      }));
    case 'Q4':
      return params.searchTerms.map((q) => ({ query: Q.Q4, variables: { q } }));
    case 'Q5':
      return cursors.map((after) => q5Body(flavour, params, after, 20));
    case 'M1':
      return params.claimIds.map((id, i) => {
        const status = i % 2 ? 'PROBABLY_TRUE' : 'IN_PROGRESS';
        const rationale = 'Benchmark assessment.';
        if (pg) return { query: Q.M1, variables: { claimId: id, status, credibility: 3, rationale } };
        return {
          query: flavour === 'apollo' ? APOLLO_M1 : Q.M1,
          variables: {
            input: { claimId: gid(flavour, 'Claim', id), verificationStatus: status, credibility: 3, rationale },
          },
        };
      });
  }
}

export function q5Body(flavour: Flavour, params: Params, after: string | null, first: number): Body {
  const pg = flavour === 'postgraphile';
  return {
    query: pg ? POSTGRAPHILE_Q.Q5 : CLAIMGRAPH_Q.Q5,
    variables: { after, first, status: pg ? params.q5.status : [params.q5.status] },
  };
}

const WALK = {
  claimgraph: {
    Q2: `query W($after: String) { list: articles(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } }`,
    Q5: `query W($after: String, $status: [VerificationStatus!]) { list: claims(first: 100, after: $after, filter: { verificationStatus: $status }) {
      pageInfo { hasNextPage endCursor } edges { cursor } } }`,
  },
  postgraphile: {
    Q2: `query W($after: Cursor) { list: allArticles(first: 100, after: $after, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) {
      pageInfo { hasNextPage endCursor } edges { cursor } } }`,
    Q5: `query W($after: Cursor, $status: VerificationStatus!) { list: allClaims(first: 100, after: $after,
      orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC], condition: { verificationStatus: $status }) {
      pageInfo { hasNextPage endCursor } edges { cursor } } }`,
  },
};

/** One page of 100 of the list a paged shape (Q2, Q5) reads, for collecting its cursors. */
export function walkBody(shape: 'Q2' | 'Q5', flavour: Flavour, params: Params, after: string | null): Body {
  const pg = flavour === 'postgraphile';
  const query = WALK[pg ? 'postgraphile' : 'claimgraph'][shape];
  if (shape === 'Q2') return { query, variables: { after } };
  return { query, variables: { after, status: pg ? params.q5.status : [params.q5.status] } };
}

/** A walk page's edge cursors and where the next page starts. */
export function walkPage(data: Record<string, unknown>) {
  const list = data.list as {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string }[];
  };
  return { cursors: list.edges.map((e) => e.cursor), next: list.pageInfo.hasNextPage ? list.pageInfo.endCursor : null };
}

/** Why a response is not a success of its shape, or null when it is (a mutation's error union counts as a failure). */
export function failure(response: { data?: Record<string, unknown> | null; errors?: { message: string }[] }) {
  if (response.errors?.length) return response.errors[0]?.message ?? 'error';
  if (!response.data) return 'no data';
  const result = response.data.addAssessment as { __typename?: string; message?: string } | undefined;
  if (result?.__typename && result.__typename !== 'AddAssessmentSuccess')
    return `${result.__typename}: ${result.message}`;
  return null;
}
