import type { Api } from './fixtures.js';

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string;
  endCursor: string;
}

/**
 * Every page of `claims(filter, orderBy)`, `size` at a time: forwards with first/after, then
 * backwards from the end with last/before. The two lists of global IDs, in list order, let a test
 * check that both directions agree and what the list holds.
 */
export async function claimPages(api: Api, filter: string, order: string, size = 1) {
  const walk = async (backwards: boolean) => {
    const ids: string[] = [];
    for (let cursor: string | null = null, more = true; more; ) {
      const { claims }: { claims: { pageInfo: PageInfo; edges: { node: { id: string } }[] } } = await api.data(
        `query ($cursor: String) { claims(${backwards ? 'last' : 'first'}: ${size}, ${backwards ? 'before' : 'after'}: $cursor,
          filter: ${filter}, orderBy: ${order}) {
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id } } } }`,
        { cursor },
      );
      const page = claims.edges.map((e) => e.node.id);
      if (backwards) ids.unshift(...page);
      else ids.push(...page);
      more = backwards ? claims.pageInfo.hasPreviousPage : claims.pageInfo.hasNextPage;
      cursor = backwards ? claims.pageInfo.startCursor : claims.pageInfo.endCursor;
    }
    return ids;
  };
  return { forwards: await walk(false), backwards: await walk(true) };
}
