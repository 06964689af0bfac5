/**
 * Matching the speakers and sources a text names to the actors and sources already recorded, by
 * name and alias. A name matches when, folded (case, accents, punctuation, a leading article), it
 * equals a recorded name or alias, or contains one as whole words ("newspaper Rossiiskaya Gazeta").
 */

export interface KnownAgent {
  kind: 'ACTOR' | 'SOURCE';
  id: number;
  name: string;
  aliases: readonly string[];
}

const ARTICLES = new Set(['the', 'a', 'an', 'al', 'ال']);

export function foldName(name: string) {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  while (words.length > 1 && ARTICLES.has(words[0] ?? '')) words.shift();
  return words.join(' ');
}

export function matchAgent(name: string, known: readonly KnownAgent[]): KnownAgent | undefined {
  const folded = foldName(name);
  if (folded === '') return undefined;
  let best: { agent: KnownAgent; length: number } | undefined;
  for (const agent of known) {
    for (const candidate of [agent.name, ...agent.aliases]) {
      const c = foldName(candidate);
      if (c === '') continue;
      if (c === folded) return agent;
      if (` ${folded} `.includes(` ${c} `) && (!best || c.length > best.length)) best = { agent, length: c.length };
    }
  }
  return best?.agent;
}
