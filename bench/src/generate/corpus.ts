import { createHash } from 'node:crypto';
import { Rng } from './random.js';
import {
  ACTOR_KINDS,
  CERTAINTIES,
  COUNTRIES,
  FILLER,
  FIRST_NAMES,
  OBJECTS,
  SOURCE_KINDS,
  SYLLABLES,
  TIMES,
  VERBS,
  VERIFICATION_STATUSES,
} from './vocabulary.js';

/**
 * A synthetic story graph of a chosen size, as rows of the project's own tables. Every row is a
 * pure function of (seed, id) plus a small plan computed up front (how many appearances each
 * article has and which claim each one states), so each table streams on its own.
 */

const BASE = Date.UTC(2024, 0, 1);
const ANALYST = 'bench generator';

export interface Counts {
  claims: number;
  articles: number;
  actors: number;
  sources: number;
}

export function countsFor(claims: number): Counts {
  const scale = (claims / 10_000) ** 0.35;
  const sources = Math.min(5000, Math.max(200, Math.round(1000 * scale)));
  return { claims, articles: Math.max(1, Math.round(claims / 5)), actors: sources * 2, sources };
}

type Certainty = (typeof CERTAINTIES)[number][0];

export interface Hop {
  position: number;
  role: 'ORIGINATOR' | 'QUOTED_SPEAKER' | 'REPORTER' | 'REPUBLISHER' | 'AGGREGATOR' | 'UNNAMED_SOURCE';
  actorId: number | null;
  sourceId: number | null;
}

export interface Span {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface AppearanceLayout {
  id: number;
  claimId: number;
  anchor: Span;
  certainty: Certainty;
  cue: (Span & { kind: string }) | null;
  hops: Hop[];
}

export interface ArticleLayout {
  id: number;
  text: string;
  blocks: { start: number; end: number; kind: 'LEDE' | 'BODY' }[];
  appearances: AppearanceLayout[];
}

const CERTAINTY_WEIGHTS = CERTAINTIES.map((c) => [c[0], c[1]] as const);
const CERTAINTY_BY_NAME = new Map<Certainty, (typeof CERTAINTIES)[number]>(CERTAINTIES.map((c) => [c[0], c]));

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export class Corpus {
  readonly counts: Counts;
  /** Appearances per article (index a-1). */
  readonly sizes: Int32Array;
  /** The first appearance id of each article (index a-1). */
  readonly firstAppearance: Int32Array;
  /** The claim each appearance states (index id-1). */
  readonly appearanceClaim: Int32Array;
  readonly appearances: number;
  private readonly placeIds: number[] = [];
  private readonly agentIds: number[] = [];
  private readonly actorNames: string[] = [''];
  private readonly sourceNames: string[] = [''];

  constructor(
    readonly seed: number,
    claims: number,
  ) {
    this.counts = countsFor(claims);
    const { articles, actors, sources } = this.counts;
    for (let id = 1; id <= actors; id += 1) {
      const { kind, name } = this.actorBasics(id);
      this.actorNames.push(name);
      (kind === 'PLACE' ? this.placeIds : this.agentIds).push(id);
    }
    for (let id = 1; id <= sources; id += 1) this.sourceNames.push(this.sourceBasics(id).name);

    // Skewed fan-out: most articles state a few claims, some dozens, a few hundreds.
    const rng = new Rng(seed, 'plan');
    this.sizes = new Int32Array(articles);
    let total = 0;
    for (let a = 0; a < articles; a += 1) {
      const r = rng.next();
      const n = r < 0.005 ? rng.int(100, 400) : r < 0.055 ? rng.int(20, 60) : rng.int(1, 8);
      this.sizes[a] = n;
      total += n;
    }
    // Every claim appears at least once.
    for (let a = 0; total < claims; a = (a + 1) % articles) {
      this.sizes[a] = (this.sizes[a] as number) + 1;
      total += 1;
    }
    this.appearances = total;
    this.firstAppearance = new Int32Array(articles);
    let next = 1;
    for (let a = 0; a < articles; a += 1) {
      this.firstAppearance[a] = next;
      next += this.sizes[a] as number;
    }
    // Each slot states a new claim while there are new claims to place, spread evenly; the other
    // slots repeat an earlier claim, skewed towards the most repeated ones.
    this.appearanceClaim = new Int32Array(total);
    let placed = 0;
    for (let slot = 0; slot < total; slot += 1) {
      const fresh = placed < claims && (rng.next() < (claims - placed) / (total - slot) || placed === 0);
      if (fresh) {
        placed += 1;
        this.appearanceClaim[slot] = placed;
      } else {
        this.appearanceClaim[slot] = rng.skewed(placed, 2);
      }
    }
  }

  private actorBasics(id: number) {
    const rng = new Rng(this.seed, 'actor', id);
    const kind = rng.weighted(ACTOR_KINDS);
    const word = () => cap(Array.from({ length: rng.int(2, 3) }, () => rng.pick(SYLLABLES)).join(''));
    const base = word();
    const name =
      kind === 'PERSON'
        ? `${rng.pick(FIRST_NAMES)} ${base}`
        : kind === 'GOVERNMENT_BODY'
          ? `${rng.pick(['Ministry of Defence', 'Interior Ministry', 'Foreign Ministry', 'Energy Ministry'])} of ${base}`
          : kind === 'MILITARY_UNIT'
            ? `${rng.int(1, 99)}th ${rng.pick(['Armoured', 'Infantry', 'Special Forces', 'Artillery'])} Brigade of ${base}`
            : kind === 'PLACE'
              ? base
              : kind === 'STATE'
                ? `Republic of ${base}`
                : kind === 'NON_STATE_ARMED_GROUP'
                  ? `${base} Brigades`
                  : kind === 'ETHNIC_OR_RELIGIOUS_GROUP'
                    ? `${base} people`
                    : kind === 'INTERGOVERNMENTAL_ORG'
                      ? `${base} Cooperation Council`
                      : `${base} Media Group`;
    return { rng, kind, name: `${name} ${id}` };
  }

  private sourceBasics(id: number) {
    const rng = new Rng(this.seed, 'source', id);
    const kind = rng.weighted(SOURCE_KINDS);
    const word = cap(Array.from({ length: rng.int(2, 3) }, () => rng.pick(SYLLABLES)).join(''));
    const name =
      kind === 'UNNAMED_COLLECTIVE'
        ? `Unnamed ${word} sources ${id}`
        : kind === 'SOCIAL_ACCOUNT'
          ? `@${word.toLowerCase()}${id}`
          : `${word} ${rng.pick(['Times', 'News', 'Daily', 'Post', 'Herald', 'Tribune', 'Wire', 'Today'])} ${id}`;
    return { rng, kind, name };
  }

  // -------------------------------------------------------------------------------------------
  // Rows. Column orders match the COPY column lists in load.ts.

  *sources() {
    for (let id = 1; id <= this.counts.sources; id += 1) {
      const { rng, kind, name } = this.sourceBasics(id);
      const domain = kind === 'UNNAMED_COLLECTIVE' ? null : `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example`;
      const at = new Date(BASE - 86_400_000 + id * 1000);
      yield [
        id,
        name,
        kind,
        domain ? `https://${domain}` : null,
        domain,
        rng.pick(COUNTRIES),
        rng.chance(0.2) ? ['en', 'ar'] : ['en'],
        kind === 'STATE_MEDIA',
        null,
        null,
        at,
        at,
      ];
    }
  }

  *sourceRatings() {
    let id = 0;
    for (let sourceId = 1; sourceId <= this.counts.sources; sourceId += 1) {
      const rng = new Rng(this.seed, 'rating', sourceId);
      const n = rng.int(1, 2);
      for (let k = 0; k < n; k += 1) {
        id += 1;
        const rating = rng.pick(['A', 'B', 'B', 'C', 'C', 'D', 'E', 'F', 'G'] as const);
        yield [
          id,
          sourceId,
          rating,
          `Rated ${rating} after review ${k + 1}.`,
          new Date(BASE + k * 86_400_000),
          ANALYST,
        ];
      }
    }
  }

  *actors() {
    for (let id = 1; id <= this.counts.actors; id += 1) {
      const { rng, kind, name } = this.actorBasics(id);
      const at = new Date(BASE - 86_400_000 + id * 1000);
      const parent = kind === 'MILITARY_UNIT' && id > 1 ? rng.int(1, id - 1) : null;
      yield [
        id,
        name,
        kind,
        rng.chance(0.3) ? [name.toLowerCase()] : [],
        rng.pick(COUNTRIES),
        null,
        null,
        parent,
        at,
        at,
      ];
    }
  }

  private claimBasics(id: number) {
    const rng = new Rng(this.seed, 'claim', id);
    const agent = this.agentIds[rng.skewed(this.agentIds.length, 2.5) - 1] as number;
    const place = this.placeIds.length
      ? (this.placeIds[rng.skewed(this.placeIds.length, 2) - 1] as number)
      : (this.agentIds[0] as number);
    const target = rng.chance(0.4) ? (this.agentIds[rng.int(0, this.agentIds.length - 1)] as number) : null;
    const verb = rng.pick(VERBS);
    const object = rng.pick(OBJECTS);
    const time = rng.pick(TIMES);
    const text = `${this.actorNames[agent]} ${verb} ${object} near ${this.actorNames[place]} ${time}`;
    const type = rng.pick([
      'EVENT',
      'EVENT',
      'EVENT',
      'STATEMENT',
      'INTENTION',
      'QUANTITY',
      'STATE_OF_AFFAIRS',
    ] as const);
    return { rng, agent, place, target: target === agent ? null : target, text, type, time };
  }

  /** A claim's assessments, oldest first; the last one's status is the claim's current status. */
  private assessmentsOf(claimId: number) {
    const rng = new Rng(this.seed, 'assess', claimId);
    if (!rng.chance(0.3)) return [];
    const n = rng.int(1, 2);
    return Array.from({ length: n }, (_, k) => {
      const status = rng.weighted(VERIFICATION_STATUSES);
      return {
        status,
        credibility: rng.int(1, 6),
        confidence: rng.int(10, 95),
        rationale: status === 'IN_PROGRESS' ? null : `Checked against ${rng.int(1, 5)} independent reports.`,
        at: new Date(this.claimTime(claimId) + (k + 1) * 3_600_000),
      };
    });
  }

  claimTime(id: number) {
    return BASE + id * 20_000;
  }

  *claims() {
    for (let id = 1; id <= this.counts.claims; id += 1) {
      const { text, type, time, place } = this.claimBasics(id);
      const assessments = this.assessmentsOf(id);
      const status = assessments.at(-1)?.status ?? 'UNVERIFIED';
      const at = new Date(this.claimTime(id));
      const quantity = type === 'QUANTITY';
      yield [id, text, type, time, null, null, place, quantity ? 10 + (id % 500) : null, quantity, status, at, at];
    }
  }

  *claimActors() {
    let id = 0;
    for (let claimId = 1; claimId <= this.counts.claims; claimId += 1) {
      const { agent, place, target } = this.claimBasics(claimId);
      id += 1;
      yield [id, claimId, agent, 'AGENT'];
      id += 1;
      yield [id, claimId, place, 'LOCATION'];
      if (target) {
        id += 1;
        yield [id, claimId, target, 'TARGET'];
      }
    }
  }

  *claimRelations() {
    let id = 0;
    for (let from = 2; from <= this.counts.claims; from += 1) {
      const rng = new Rng(this.seed, 'relation', from);
      if (!rng.chance(0.03)) continue;
      id += 1;
      const type = rng.pick(['SUPPORTS', 'CONTRADICTS', 'UNDERCUTS', 'SPECIFIES'] as const);
      yield [id, from, rng.int(1, from - 1), type, null, new Date(this.claimTime(from))];
    }
  }

  *assessments() {
    let id = 0;
    for (let claimId = 1; claimId <= this.counts.claims; claimId += 1) {
      for (const a of this.assessmentsOf(claimId)) {
        id += 1;
        yield [id, claimId, a.status, a.credibility, null, a.confidence, a.rationale, ANALYST, a.at];
      }
    }
  }

  publisherOf(articleId: number) {
    const rng = new Rng(this.seed, 'publisher', articleId);
    return rng.skewed(this.counts.sources, 2);
  }

  articleTime(id: number) {
    return BASE + id * 100_000;
  }

  *articles() {
    for (let id = 1; id <= this.counts.articles; id += 1) {
      const rng = new Rng(this.seed, 'article', id);
      const first = this.claimBasics(this.appearanceClaim[(this.firstAppearance[id - 1] as number) - 1] as number);
      const publisher = this.publisherOf(id);
      const original = rng.chance(0.15) ? rng.skewed(this.counts.sources, 2) : null;
      const at = new Date(this.articleTime(id));
      yield [
        id,
        `${first.text.split(' near ')[0]}, reports say (${id})`,
        `https://news.example/${publisher}/articles/${id}`,
        `By ${rng.pick(FIRST_NAMES)} ${cap(rng.pick(SYLLABLES))}${rng.pick(SYLLABLES)}`,
        'en',
        rng.chance(0.8) ? at : null,
        publisher,
        original === publisher ? null : original,
        at,
        at,
      ];
    }
  }

  /** An article's stored text, its blocks and the anchored appearances in it. */
  layout(articleId: number): ArticleLayout {
    const rng = new Rng(this.seed, 'layout', articleId);
    const size = this.sizes[articleId - 1] as number;
    const firstId = this.firstAppearance[articleId - 1] as number;
    const publisher = this.publisherOf(articleId);
    let text = '';
    const blocks: ArticleLayout['blocks'] = [];
    const pending: { id: number; claimId: number; start: number; end: number; certainty: Certainty; cue: number }[] =
      [];
    let paragraphStart = 0;
    let inParagraph = 0;
    const closeParagraph = () => {
      blocks.push({ start: paragraphStart, end: text.length, kind: blocks.length ? 'BODY' : 'LEDE' });
      text += '\n\n';
      paragraphStart = text.length;
      inParagraph = 0;
    };
    for (let k = 0; k < size; k += 1) {
      if (inParagraph > 0) text += ' ';
      const id = firstId + k;
      const claimId = this.appearanceClaim[id - 1] as number;
      const certainty = rng.weighted(CERTAINTY_WEIGHTS);
      const entry = CERTAINTY_BY_NAME.get(certainty) as (typeof CERTAINTIES)[number];
      let cue = -1;
      if (entry[2]) {
        cue = text.length;
        text += `${entry[2]} `;
      }
      const claim = this.claimBasics(claimId).text;
      const start = text.length;
      text += claim;
      pending.push({ id, claimId, start, end: text.length, certainty, cue });
      text += '.';
      inParagraph += 1;
      if (rng.chance(0.1)) text += ` ${rng.pick(FILLER)}`;
      if (inParagraph >= rng.int(1, 3)) closeParagraph();
    }
    if (inParagraph > 0) closeParagraph();
    text = text.trimEnd();
    const span = (start: number, end: number): Span => ({
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
      start,
      end,
    });
    const appearances = pending.map((p): AppearanceLayout => {
      const entry = CERTAINTY_BY_NAME.get(p.certainty) as (typeof CERTAINTIES)[number];
      const hopsRng = new Rng(this.seed, 'hops', p.id);
      const length = hopsRng.weighted([
        ['1', 40],
        ['2', 30],
        ['3', 20],
        ['4', 10],
      ] as const);
      const hops: Hop[] = [];
      const n = Number(length);
      for (let position = 1; position <= n; position += 1) {
        if (position === n) {
          hops.push({ position, role: 'REPORTER', actorId: null, sourceId: publisher });
        } else if (position === 1) {
          const unnamed = p.certainty === 'RUMOUR' || p.certainty === 'UNCONFIRMED_REPORT';
          hops.push(
            unnamed
              ? { position, role: 'UNNAMED_SOURCE', actorId: null, sourceId: hopsRng.skewed(this.counts.sources, 2) }
              : {
                  position,
                  role: 'ORIGINATOR',
                  actorId: this.agentIds[hopsRng.skewed(this.agentIds.length, 2) - 1] as number,
                  sourceId: null,
                },
          );
        } else if (hopsRng.chance(0.5)) {
          hops.push({
            position,
            role: 'QUOTED_SPEAKER',
            actorId: this.agentIds[hopsRng.int(0, this.agentIds.length - 1)] as number,
            sourceId: null,
          });
        } else {
          hops.push({ position, role: 'AGGREGATOR', actorId: null, sourceId: hopsRng.skewed(this.counts.sources, 2) });
        }
      }
      return {
        id: p.id,
        claimId: p.claimId,
        anchor: span(p.start, p.end),
        certainty: p.certainty,
        cue: p.cue >= 0 && entry[2] && entry[3] ? { ...span(p.cue, p.cue + entry[2].length), kind: entry[3] } : null,
        hops,
      };
    });
    return { id: articleId, text, blocks, appearances };
  }

  *versions() {
    for (let id = 1; id <= this.counts.articles; id += 1) {
      const { text } = this.layout(id);
      const at = new Date(this.articleTime(id));
      yield [id, id, 1, text, createHash('sha256').update(text, 'utf8').digest('hex'), at, at];
    }
  }

  *blocks() {
    let id = 0;
    for (let versionId = 1; versionId <= this.counts.articles; versionId += 1) {
      const { blocks } = this.layout(versionId);
      for (const [i, block] of blocks.entries()) {
        id += 1;
        yield [id, versionId, i + 1, block.kind, block.start, block.end];
      }
    }
  }

  *claimAppearances() {
    for (let articleId = 1; articleId <= this.counts.articles; articleId += 1) {
      const at = new Date(this.articleTime(articleId));
      for (const a of this.layout(articleId).appearances) {
        const { exact, prefix, suffix, start, end } = a.anchor;
        yield [a.id, a.claimId, articleId, exact, prefix, suffix, start, end, a.certainty, at, at];
      }
    }
  }

  *cues() {
    let id = 0;
    for (let articleId = 1; articleId <= this.counts.articles; articleId += 1) {
      for (const a of this.layout(articleId).appearances) {
        if (!a.cue) continue;
        id += 1;
        const { exact, prefix, suffix, start, end, kind } = a.cue;
        yield [id, a.id, kind, exact, prefix, suffix, start, end];
      }
    }
  }

  *hops() {
    let id = 0;
    for (let articleId = 1; articleId <= this.counts.articles; articleId += 1) {
      for (const a of this.layout(articleId).appearances) {
        for (const hop of a.hops) {
          id += 1;
          yield [id, a.id, hop.position, hop.role, hop.actorId, hop.sourceId];
        }
      }
    }
  }
}
