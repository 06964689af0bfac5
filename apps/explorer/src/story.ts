import type { ArticleTextQuery, ClaimgraphClient, ClaimQuery } from '@claimgraph/sdk';
import { certainties } from './certainty.js';
import { h, words } from './dom.js';

type Version = NonNullable<ArticleTextQuery['article']>['currentVersion'];
export type Appearance = Version['appearances']['edges'][number]['node'];
type ClaimDetail = NonNullable<ClaimQuery['claim']>;

interface Range {
  start: number;
  end: number;
  appearance: Appearance | null;
  children: Range[];
}

/**
 * Nests the appearances' anchors: a quote inside another quote becomes a mark inside its mark. A range that
 * crosses its parent's end (none does in the seed story) is cut at that end, so every appearance still gets
 * exactly one mark.
 */
function nest(text: string, appearances: Appearance[]): Range {
  const root: Range = { start: 0, end: text.length, appearance: null, children: [] };
  const stack = [root];
  const sorted = [...appearances].sort((a, b) => a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end);
  for (const appearance of sorted) {
    while (stack.length > 1 && appearance.anchor.start >= (stack.at(-1) as Range).end) stack.pop();
    const parent = stack.at(-1) as Range;
    const range = {
      start: appearance.anchor.start,
      end: Math.min(appearance.anchor.end, parent.end),
      appearance,
      children: [],
    };
    parent.children.push(range);
    stack.push(range);
  }
  return root;
}

function renderRange(text: string, range: Range, onSelect: (appearance: Appearance) => void): (Node | string)[] {
  const out: (Node | string)[] = [];
  let at = range.start;
  for (const child of range.children) {
    if (child.start > at) out.push(text.slice(at, child.start));
    out.push(mark(text, child, onSelect));
    at = child.end;
  }
  if (range.end > at) out.push(text.slice(at, range.end));
  return out;
}

function mark(text: string, range: Range, onSelect: (appearance: Appearance) => void): HTMLElement {
  const appearance = range.appearance as Appearance;
  const certainty = certainties[appearance.statedCertainty];
  const select = (event: Event) => {
    event.stopPropagation();
    onSelect(appearance);
  };
  return h(
    'mark',
    {
      class: 'appearance',
      'data-appearance-id': appearance.id,
      'data-claim-id': appearance.claim.id,
      'data-certainty': appearance.statedCertainty,
      style: `--certainty: ${certainty.colour}`,
      tabindex: 0,
      role: 'button',
      'aria-pressed': 'false',
      title: `${certainty.label}: ${appearance.claim.text}`,
      onclick: select,
      onkeydown: (event: Event) => {
        if ((event as KeyboardEvent).key === 'Enter' || (event as KeyboardEvent).key === ' ') {
          event.preventDefault();
          select(event);
        }
      },
    },
    renderRange(text, range, onSelect),
  );
}

function legend(appearances: Appearance[]) {
  const counts = new Map<string, number>();
  for (const appearance of appearances) {
    counts.set(appearance.statedCertainty, (counts.get(appearance.statedCertainty) ?? 0) + 1);
  }
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Stated certainty' },
    Object.entries(certainties)
      .filter(([value]) => counts.has(value))
      .map(([value, { colour, label }]) =>
        h('li', { style: `--certainty: ${colour}` }, h('span', { class: 'swatch' }), `${label} (${counts.get(value)})`),
      ),
  );
}

function chain(appearance: Appearance) {
  if (appearance.attribution.length === 0) return h('p', { class: 'muted' }, 'The text attributes it to no one.');
  return h(
    'ol',
    { class: 'chain', 'aria-label': 'Attribution chain, from where the claim starts to the article' },
    appearance.attribution.map((hop) => {
      const agent = hop.agent;
      const kind = agent.__typename === 'Source' ? agent.sourceKind : agent.actorKind;
      const rating =
        agent.__typename === 'Source' && agent.reliability ? `reliability ${agent.reliability.rating}` : '';
      return h(
        'li',
        { 'data-role': hop.role },
        h('span', { class: 'role' }, hop.role),
        ' ',
        h('span', { class: 'agent' }, agent.name),
        h('span', { class: 'meta' }, [agent.__typename, words(kind), rating].filter(Boolean).join(' · ')),
        hop.anchor ? h('q', { class: 'words' }, hop.anchor.exact) : null,
      );
    }),
  );
}

function claimDetail(claim: ClaimDetail, onClaim: (claimId: string) => void) {
  const assessment = claim.currentAssessment;
  const relation = (label: string, other: { id: string; text: string }, note: string | null) =>
    h(
      'li',
      {},
      h('span', { class: 'relation' }, label),
      ' ',
      h('button', { type: 'button', class: 'link', onclick: () => onClaim(other.id) }, other.text),
      note ? h('span', { class: 'meta' }, note) : null,
    );
  const relations = [
    ...claim.outgoingRelations.map((r) => relation(`this ${words(r.type)}`, r.to, r.note)),
    ...claim.incomingRelations.map((r) => relation(`${words(r.type)} this:`, r.from, r.note)),
  ];
  return [
    h('h3', {}, 'Actors'),
    claim.actors.length
      ? h(
          'ul',
          { class: 'actors' },
          claim.actors.map(({ role, actor }) =>
            h(
              'li',
              {},
              h('span', { class: 'role' }, role),
              ' ',
              actor.name,
              h('span', { class: 'meta' }, words(actor.kind)),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'None recorded.'),
    h('h3', {}, 'Current assessment'),
    assessment
      ? h(
          'dl',
          { class: 'assessment' },
          h('dt', {}, 'Status'),
          h('dd', { class: 'status' }, words(assessment.verificationStatus)),
          assessment.credibility !== null
            ? [h('dt', {}, 'Credibility'), h('dd', {}, `${assessment.credibility} of 6`)]
            : [],
          assessment.likelihood ? [h('dt', {}, 'Likelihood'), h('dd', {}, words(assessment.likelihood))] : [],
          assessment.confidence !== null ? [h('dt', {}, 'Confidence'), h('dd', {}, `${assessment.confidence}%`)] : [],
          assessment.rationale ? [h('dt', {}, 'Rationale'), h('dd', {}, assessment.rationale)] : [],
          h('dt', {}, 'By'),
          h('dd', {}, `${assessment.assessedBy}, ${new Date(assessment.assessedAt).toISOString().slice(0, 10)}`),
        )
      : h('p', { class: 'muted' }, 'Not assessed yet.'),
    h('h3', {}, 'Related claims'),
    relations.length ? h('ul', { class: 'relations' }, relations) : h('p', { class: 'muted' }, 'None.'),
  ];
}

export interface StoryView {
  element: HTMLElement;
  /** Selects the appearance with this ID (or the first of this claim's), scrolling it into view. */
  select(id: string): void;
}

/** The article's text with every claim appearance highlighted, and the selected one explained beside it. */
export async function storyView(
  client: ClaimgraphClient,
  onSelect: (appearanceId: string) => void,
): Promise<StoryView> {
  const { articles } = await client.articles({ first: 1 });
  const articleId = articles.edges[0]?.node.id;
  if (!articleId) return { element: h('p', { class: 'status' }, 'There is no article yet.'), select() {} };

  // The text and every appearance in it, page by page (100 at most per page).
  let article: ArticleTextQuery['article'] = null;
  const appearances: Appearance[] = [];
  const pages = client.paginate('articleText', { id: articleId, first: 100 }, (result) => {
    article ??= result.article;
    return result.article?.currentVersion.appearances;
  });
  for await (const page of pages) appearances.push(...page.edges.map((edge) => edge.node));
  const version = (article as ArticleTextQuery['article'])?.currentVersion;
  if (!article || !version) return { element: h('p', { class: 'status' }, 'The article has no text.'), select() {} };
  const { headline, originalPublisher } = article as NonNullable<ArticleTextQuery['article']>;

  const byId = new Map(appearances.map((appearance) => [appearance.id, appearance]));
  const detail = h(
    'aside',
    { class: 'detail', 'aria-label': 'Selected claim' },
    h('p', { class: 'muted' }, 'Select a highlighted passage to see its claim.'),
  );
  const textElement = h(
    'div',
    { class: 'article-text' },
    renderRange(version.text, nest(version.text, appearances), (a) => onSelect(a.id)),
  );
  let request = 0;

  function select(id: string) {
    const appearance = byId.get(id) ?? appearances.find((candidate) => candidate.claim.id === id);
    if (!appearance) return;
    for (const element of textElement.querySelectorAll('mark.appearance[aria-pressed="true"]')) {
      element.setAttribute('aria-pressed', 'false');
    }
    const selected = textElement.querySelector(`mark[data-appearance-id="${CSS.escape(appearance.id)}"]`);
    selected?.setAttribute('aria-pressed', 'true');
    selected?.scrollIntoView({ block: 'nearest' });
    const certainty = certainties[appearance.statedCertainty];
    const claimPart = h('div', { class: 'claim-detail' }, h('p', { class: 'muted' }, 'Loading the claim…'));
    const cues = appearance.cues.map((cue) => h('span', { class: 'cue', title: words(cue.kind) }, cue.anchor.exact));
    detail.replaceChildren(
      h('h2', { class: 'claim-text' }, appearance.claim.text),
      h(
        'p',
        { class: 'meta' },
        `${words(appearance.claim.type)} · currently ${words(appearance.claim.verificationStatus)}`,
        appearance.claim.time?.text ? ` · ${appearance.claim.time.text}` : '',
      ),
      h('h3', {}, 'How the text states it'),
      h(
        'p',
        {},
        h('span', { class: 'badge', style: `--certainty: ${certainty.colour}` }, certainty.label),
        ' ',
        h('q', {}, appearance.quote),
      ),
      h('p', { class: 'cues' }, cues.length ? ['Cue words: ', ...cues] : 'No cue words.'),
      h('h3', {}, 'Who it comes from'),
      chain(appearance),
      claimPart,
    );
    const current = ++request;
    client
      .claim({ id: appearance.claim.id })
      .then(({ claim }) => {
        if (current !== request) return;
        claimPart.replaceChildren(
          ...(claim ? claimDetail(claim, (claimId) => select(claimId)) : [h('p', {}, 'The claim is gone.')]),
        );
      })
      .catch((error: unknown) => {
        if (current === request) claimPart.replaceChildren(h('p', { class: 'error' }, String(error)));
      });
  }

  const element = h(
    'section',
    { class: 'story' },
    h(
      'div',
      { class: 'reader' },
      h('h2', { class: 'headline' }, headline),
      h(
        'p',
        { class: 'meta' },
        originalPublisher ? `Originally published by ${originalPublisher.name}` : '',
        ` · version ${version.number}, ${appearances.length} claim appearances`,
      ),
      legend(appearances),
      textElement,
    ),
    detail,
  );
  return { element, select };
}
