import { describe, expect, test } from '../support/fixtures.js';

/**
 * N+1 guard: the SQL statements a nested query sends must not grow with the page size. Each shape
 * runs with a small and a large page; both must send the same, expected number of statements.
 */
const SHAPES = {
  'a page of articles → appearances → claims → actors': {
    query: `query ($n: Int!) { articles(first: $n) { edges { node { headline publisher { name } originalPublisher { name }
      currentVersion { appearances(first: $n) { totalCount edges { node { statedCertainty quote
        claim { text actors { role actor { name parent { name } } } } } } } } } } } }`,
    statements: 1,
  },
  'a page of claims → attribution chains → sources and their reliability': {
    query: `query ($n: Int!) { claims(first: $n) { edges { node { text verificationStatus
      appearances(first: 3) { edges { node { statedCertainty cues { kind anchor { exact } }
        attribution { position role anchor { exact }
          agent { __typename ... on Actor { name kind } ... on Source { name reliability { rating } } } } } } } } } } }`,
    statements: 1,
  },
  'a page of claims with totalCount': {
    query: `query ($n: Int!) { claims(first: $n, filter: { statedCertainty: [ESTABLISHED_FACT, ASSERTED_UNATTRIBUTED, RUMOUR] }) {
      totalCount edges { node { text actors { actor { name } } } } } }`,
    statements: 2,
  },
  'an actor → claims by role → appearances': {
    query: `query ($n: Int!) { actors(first: $n) { edges { node { name claims(first: $n) { totalCount edges { node { role
      claim { text appearances(first: 2) { edges { node { quote } } } } } } } } } } }`,
    statements: 1,
  },
  'a search across every kind, with nested fields': {
    // Hits of all four kinds: the ranked search, then one query per kind found.
    query: `query ($n: Int!) { search(query: "Syria or Independent", first: $n) { rank highlights { text }
      node { __typename ... on Claim { text actors { actor { name } } } ... on Actor { name parent { name } }
        ... on Source { name } ... on Article { headline } } } }`,
    statements: 5,
    sizes: [30, 100],
  },
} as const;

describe('SQL statements per request', () => {
  for (const [shape, { query, statements, ...options }] of Object.entries(SHAPES)) {
    const [n, m] = 'sizes' in options ? options.sizes : [2, 20];
    test(`${shape}: ${statements}, whatever the page size`, async ({ api }) => {
      const small = await api.statements(() => api.data(query, { n }));
      const large = await api.statements(() => api.data(query, { n: m }));
      expect({ small, large }).toEqual({ small: statements, large: statements });
    });
  }
});
