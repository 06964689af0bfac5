import type { ArticleTextQuery, TextQuoteInput } from '@claimgraph/sdk';

type Version = NonNullable<ArticleTextQuery['article']>['currentVersion'];
export type Appearance = Version['appearances']['edges'][number]['node'];

export interface Span {
  start: number;
  end: number;
  appearance: Appearance | null;
  children: Span[];
}

/**
 * Nests the appearances that fall in [start, end): a quote inside another quote becomes a highlight inside
 * its highlight. A range that crosses its parent's end (or the block's) is cut there, so each appearance
 * still shows where it starts.
 */
export function nest(start: number, end: number, appearances: Appearance[]): Span {
  const root: Span = { start, end, appearance: null, children: [] };
  const stack = [root];
  const inside = appearances
    .filter((a) => a.anchor.start < end && a.anchor.end > start)
    .sort((a, b) => a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end);
  for (const appearance of inside) {
    const from = Math.max(appearance.anchor.start, start);
    while (stack.length > 1 && from >= (stack.at(-1) as Span).end) stack.pop();
    const parent = stack.at(-1) as Span;
    const span: Span = { start: from, end: Math.min(appearance.anchor.end, parent.end), appearance, children: [] };
    parent.children.push(span);
    stack.push(span);
  }
  return root;
}

/** Words the analyst selected in a stored text, as offsets into it. */
export interface Selected {
  start: number;
  end: number;
  exact: string;
}

/** A W3C text-quote selector for a span: the words, with up to 32 characters either side to tell repeats apart. */
export function quoteFor(text: string, selected: Selected): TextQuoteInput {
  return {
    exact: selected.exact,
    prefix: text.slice(Math.max(0, selected.start - 32), selected.start),
    suffix: text.slice(selected.end, selected.end + 32),
  };
}

/** The offset in the version's text of a DOM position inside a block element that carries `data-start`. */
function offsetOf(container: HTMLElement, node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest<HTMLElement>('[data-start]');
  if (!block || !container.contains(block)) return null;
  const range = document.createRange();
  range.selectNodeContents(block);
  range.setEnd(node, offset);
  return Number(block.dataset.start) + range.toString().length;
}

/** The current DOM selection as offsets into the text, trimmed of white space; null when it is not in the text. */
export function readSelection(container: HTMLElement, text: string): Selected | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  let start = offsetOf(container, range.startContainer, range.startOffset);
  let end = offsetOf(container, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end <= start) return null;
  return { start, end, exact: text.slice(start, end) };
}
