import type {
  ActorSummaryFragment,
  ClaimgraphClient,
  ClaimSummaryFragment,
  SourceSummaryFragment,
} from '@claimgraph/sdk';
import { h, words } from './dom.js';

function claimList(items: { label: string; claim: ClaimSummaryFragment }[], onClaim: (claimId: string) => void) {
  if (items.length === 0) return h('p', { class: 'muted' }, 'No claims.');
  return h(
    'ul',
    { class: 'claims' },
    items.map(({ label, claim }) =>
      h(
        'li',
        {},
        h('span', { class: 'role' }, label),
        ' ',
        h('button', { type: 'button', class: 'link', onclick: () => onClaim(claim.id) }, claim.text),
      ),
    ),
  );
}

/** A list of entities on the left; the selected one's claims on the right. */
function master<T extends { id: string; name: string }>(
  title: string,
  items: T[],
  describe: (item: T) => string,
  claimsOf: (item: T) => Promise<HTMLElement>,
) {
  const detail = h(
    'aside',
    { class: 'detail' },
    h('p', { class: 'muted' }, `Select one of the ${title.toLowerCase()} to see its claims.`),
  );
  const list = h(
    'ul',
    { class: 'entities' },
    items.map((item) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'entity',
            'data-id': item.id,
            onclick: async (event: Event) => {
              for (const other of list.querySelectorAll('button[aria-pressed="true"]'))
                other.setAttribute('aria-pressed', 'false');
              (event.currentTarget as HTMLElement).setAttribute('aria-pressed', 'true');
              detail.replaceChildren(
                h('h2', {}, item.name),
                h('p', { class: 'meta' }, describe(item)),
                h('p', { class: 'muted' }, 'Loading…'),
              );
              detail.lastChild?.replaceWith(await claimsOf(item));
            },
          },
          h('span', { class: 'name' }, item.name),
          h('span', { class: 'meta' }, describe(item)),
        ),
      ),
    ),
  );
  return h(
    'section',
    { class: 'lists' },
    h('div', { class: 'reader' }, h('h2', {}, `${title} (${items.length})`), list),
    detail,
  );
}

export async function actorsView(client: ClaimgraphClient, onClaim: (claimId: string) => void) {
  const actors: ActorSummaryFragment[] = [];
  for await (const page of client.paginate('actors', { first: 100 }, (result) => result.actors)) {
    actors.push(...page.edges.map((edge) => edge.node));
  }
  return master(
    'Actors',
    actors,
    (actor) =>
      [words(actor.kind), actor.country, actor.aliases.length ? `also ${actor.aliases.join(', ')}` : '']
        .filter(Boolean)
        .join(' · '),
    async (actor) => {
      const items: { label: string; claim: ClaimSummaryFragment }[] = [];
      for await (const page of client.paginate(
        'actorClaims',
        { id: actor.id, first: 100 },
        (result) => result.actor?.claims,
      )) {
        items.push(...page.edges.map((edge) => ({ label: edge.node.role, claim: edge.node.claim })));
      }
      return claimList(items, onClaim);
    },
  );
}

export async function sourcesView(client: ClaimgraphClient, onClaim: (claimId: string) => void) {
  const sources: SourceSummaryFragment[] = [];
  for await (const page of client.paginate('sources', { first: 100 }, (result) => result.sources)) {
    sources.push(...page.edges.map((edge) => edge.node));
  }
  return master(
    'Sources',
    sources,
    (source) =>
      [
        words(source.kind),
        source.domain,
        source.reliability ? `reliability ${source.reliability.rating}` : '',
        source.stateAffiliated ? 'state-affiliated' : '',
      ]
        .filter(Boolean)
        .join(' · '),
    async (source) => {
      const items: { label: string; claim: ClaimSummaryFragment }[] = [];
      for await (const page of client.paginate(
        'sourceClaims',
        { id: source.id, first: 100 },
        (result) => result.source?.attributions,
      )) {
        items.push(...page.edges.map((edge) => ({ label: edge.node.role, claim: edge.node.appearance.claim })));
      }
      return claimList(items, onClaim);
    },
  );
}
