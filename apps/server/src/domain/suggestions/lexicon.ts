import { readFileSync } from 'node:fs';
import type { CueKind, StatedCertainty } from '../../__generated__/prisma/enums.js';
import { primaryLanguage } from './tokens.js';

/**
 * The cue lexicons: data files (lexicon/<language>.json), each entry naming where it comes from, so
 * the words that justify a proposed certainty can be read, reviewed and extended without touching
 * the rules. Loaded once and checked on load: a malformed entry stops the server at start, not an
 * analyst's request.
 */

/** How a reporting expression frames its content. */
export type Frame = 'say' | 'tell' | 'quote' | 'quoting' | 'according';

export interface LexiconEntry {
  phrase: string;
  words: string[];
  kind: CueKind;
  /** The stated certainty this cue points to, if any. */
  signal?: StatedCertainty;
  frame?: Frame;
  /** `lemma` (default) matches a word's dictionary form or its text; `normal` only its text. */
  match: 'lemma' | 'normal';
  /** An approximator ("about 80"): the number is approximate, the statement not an estimate for that. */
  approximate?: boolean;
  /** A part of speech the next word must have (NUM: a number, after an optional article; "some losses": NOUN). */
  after?: string;
  /** A part of speech the previous word must have. */
  before?: string;
  /** Parts of speech the first word may have where the text is tagged ("may" the modal, not the month). */
  pos?: string[];
  /** Not where the word names rather than reports: a noun before it and a name after ("a state called Ambazonia"). */
  notNaming?: boolean;
  /**
   * Not where the word heads a noun phrase, after a determiner, an adjective or a name ("the Kashmir dispute",
   * "a dispute started between…"): the noun names a conflict, it reports no speech act.
   */
  notNounHead?: boolean;
  /** Only after a medium as its subject, within four words ("satellite channels showed…"). */
  mediaSubject?: boolean;
  /** Only where a clause follows: a verb within five words, before any preposition or subordinator. */
  clause?: boolean;
  /** Marks the agent it introduces as unnamed ("on condition of anonymity"). */
  agent?: 'unnamed';
  /** False for signals that are not cue words of their own ("will" for an intention). */
  cue: boolean;
  source: string;
}

export interface AgentWords {
  official: Set<string>;
  media: Set<string>;
  unnamed: Set<string>;
  person: Set<string>;
  pronoun: Set<string>;
  complementiser: Set<string>;
  skip: Set<string>;
  leadingTrim: Set<string>;
  prepositions: Set<string>;
  /** Words after which a speaker's name starts ("…an operation that [they] said"). */
  subjectBoundary: Set<string>;
  /** Words that make a spokesman or an army a party's, not a state's ("Sudan Liberation Army", "rebel leader"). */
  nonState: Set<string>;
  /** Speakers who report what they saw rather than accuse as a party (witnesses, doctors, monitors). */
  witness: Set<string>;
  /** Relative words that open a claim of their own after a comma or dash ("…, which would…"). */
  relative: Set<string>;
  /** Words of a report or an outlet: unnamed ("some reports", "some international media"), the claim is an unconfirmed report. */
  report: Set<string>;
  /** One-letter conjunctions written joined to the next word (Arabic و, ف). */
  clitics: string[];
}

/** Words that tell how far a negation or a plain assertion reaches. */
export interface Markers {
  /** Words that make a negation deny existence ("there was no attack"), within three words of it ("there have been no clashes"). */
  existential: Set<string>;
  /** Phrases of background the text treats as settled ("for decades", "to date"). */
  background: string[][];
  /** Words before a year that date a claim to the past or to a span up to now ("in 2016", "since 2011"). */
  yearPrepositions: Set<string>;
  /** Units of a span of days or weeks ("for weeks", "since Monday"): an activity that long is the news, not background. */
  recentSpan: Set<string>;
  /** Month names: a claim dated by its month ("in April", "last October") tells background, not the day's news. */
  months: Set<string>;
  /** Stative verbs of relation: in the present tense they describe ("Al-Helwu represents the faction…"). */
  stative: Set<string>;
  /** Nouns after "there is no" that make a statement, not a denial ("there is no basis to…"). */
  notExistential: Set<string>;
  /** Verbs that label something ("called reports … rumors"): the speaker denies it, not rumours it. */
  labelling: Set<string>;
  /** First-person subjects: "we stress …" frames the speaker's own words. */
  selfReference: Set<string>;
  /** Verbs of attack, killing and destruction: a party's report that someone did them accuses. */
  accusation: Set<string>;
  /** Reporting verbs that allege when a party uses them, not when an authority does ("claim"). */
  partyClaim: Set<string>;
  /** Nouns of a proposal: rejecting one ("rejected an appeal for a truce") turns it down, it denies no claim. */
  proposal: Set<string>;
  /** Negative determiners: on the subject of a passive event they deny it ("no air strikes were carried out"). */
  negativeDeterminers: Set<string>;
  /** Words that charge someone with deceit or bad faith ("propaganda", "exaggerated claims"): said of another, they accuse. */
  badFaith: Set<string>;
  /** Reporting verbs of fearing, hoping or demanding: what an onlooker fears or demands is its view (rule 11). */
  viewFrames: Set<string>;
  /** Verbs of announcing: a "would" they report is the speaker's "will" ("announced there would be inquiries"). */
  announcing: Set<string>;
  /** Verbs of ability, will, intent, memory, feeling or perception: negated, they state rather than deny (rule 4). */
  stance: Set<string>;
  /** Words of breaking an agreement ("breach", "violate", "undermine"): with a noun of one, they accuse (rule 7b). */
  breach: Set<string>;
  /** Nouns of an agreement between parties ("accord", "truce", "ceasefire"). */
  agreement: Set<string>;
  /** Verbs of a toll ("kill", "wound"): in a relative clause with a number, the toll is a claim of its own. */
  toll: Set<string>;
  /** Verbs of knowing and verifying: negated ("could not verify", "not able to count"), the claim is unconfirmed (rule 3). */
  verifying: Set<string>;
  /** Words that judge (good or bad, strong or weak, winning or losing, what ought to happen): said by an onlooker, an opinion. */
  judgement: Set<string>;
  /** The first words of the entries from the `superlatives` source ("worst", "deadliest"): a ranking of the news. */
  superlatives: Set<string>;
  /** Words that negate the verb after them within a few words ("not", "unable to", "never"). */
  negators: Set<string>;
  /** The negative particle in its forms ("not", "n't"): on a verb or a copula, not on a noun. */
  negativeParticles: Set<string>;
  /** Modals of ability and possibility as much as of likelihood ("can", "could"): alone, no guess in the text's own claims. */
  dynamicModals: Set<string>;
  /** Nouns of one who speaks for a body ("a spokesman for the group"): the speaker takes the body's standing. */
  spokespeople: Set<string>;
  /** Nouns of an organised body ("group", "movement", "front"): spoken for, and not a state's, they name a side. */
  sideBodies: Set<string>;
}

export interface Lexicon {
  language: string;
  entries: LexiconEntry[];
  agents: AgentWords;
  markers: Markers;
  sources: Record<string, string>;
}

const KINDS = new Set<string>(['HEDGE', 'SOURCING', 'QUANTIFIER', 'NEGATION', 'ATTRIBUTION_VERB', 'EVALUATIVE']);
const SIGNALS = new Set<string>([
  'DENIAL',
  'ABSENCE_OF_CONFIRMATION',
  'RUMOUR',
  'UNCONFIRMED_REPORT',
  'ALLEGATION',
  'ESTIMATE',
  'INTENTION',
  'SPECULATION',
  'OPINION',
]);
const FRAMES = new Set<string>(['say', 'tell', 'quote', 'quoting', 'according']);

interface RawLexicon {
  language: string;
  sources: Record<string, string>;
  entries: Record<string, unknown>[];
  agents: Record<string, string[]>;
  markers?: {
    source: string;
    existential?: string[];
    background?: string[];
    yearPrepositions?: string[];
    months?: string[];
    stative?: string[];
    recentSpan?: string[];
  };
  scope?: {
    source: string;
    notExistential?: string[];
    labelling?: string[];
    selfReference?: string[];
    accusation?: string[];
    accusationSource?: string;
    partyClaim?: string[];
    negativeDeterminers?: string[];
    negativeDeterminersSource?: string;
    proposal?: string[];
    proposalSource?: string;
    badFaith?: string[];
    badFaithSource?: string;
    judgement?: string[];
    judgementSource?: string;
    stance?: string[];
    stanceSource?: string;
    announcing?: string[];
    announcingSource?: string;
    viewFrames?: string[];
    viewFramesSource?: string;
    verifying?: string[];
    verifyingSource?: string;
    breach?: string[];
    agreement?: string[];
    toll?: string[];
    negators?: string[];
    negatorsSource?: string;
    negativeParticles?: string[];
    negativeParticlesSource?: string;
    dynamicModals?: string[];
    dynamicModalsSource?: string;
    spokespeople?: string[];
    sideBodies?: string[];
  };
}

function parseLexicon(raw: RawLexicon, file: string): Lexicon {
  const entries = raw.entries.map((entry, i): LexiconEntry => {
    const where = `${file} entry ${i}`;
    const phrase = entry.phrase;
    const kind = entry.kind;
    const source = entry.source;
    if (typeof phrase !== 'string' || phrase.trim() === '') throw new Error(`${where}: phrase missing`);
    if (typeof kind !== 'string' || !KINDS.has(kind)) throw new Error(`${where}: unknown kind ${String(kind)}`);
    if (typeof source !== 'string' || !(source in raw.sources)) throw new Error(`${where}: unknown source`);
    if (entry.signal !== undefined && !SIGNALS.has(String(entry.signal))) throw new Error(`${where}: unknown signal`);
    if (entry.frame !== undefined && !FRAMES.has(String(entry.frame))) throw new Error(`${where}: unknown frame`);
    return {
      phrase,
      // The tokeniser splits a hyphenated word ("so-called" is so, -, called), so the phrase is split too.
      words: phrase
        .toLowerCase()
        .split(/\s+|(?=-)|(?<=-)/u)
        .filter((w) => w !== ''),
      kind: kind as CueKind,
      ...(entry.signal ? { signal: entry.signal as StatedCertainty } : {}),
      ...(entry.frame ? { frame: entry.frame as Frame } : {}),
      match: entry.match === 'normal' ? 'normal' : 'lemma',
      ...(typeof entry.after === 'string' ? { after: entry.after } : {}),
      ...(typeof entry.before === 'string' ? { before: entry.before } : {}),
      ...(Array.isArray(entry.pos) ? { pos: entry.pos.map(String) } : {}),
      ...(entry.notNaming === true ? { notNaming: true } : {}),
      ...(entry.notNounHead === true ? { notNounHead: true } : {}),
      ...(entry.approximate === true ? { approximate: true } : {}),
      ...(entry.clause === true ? { clause: true } : {}),
      ...(entry.mediaSubject === true ? { mediaSubject: true } : {}),
      ...(entry.agent === 'unnamed' ? { agent: 'unnamed' as const } : {}),
      cue: entry.cue !== false,
      source,
    };
  });
  // Longest phrases first, so "may have" wins over "may" and "at least" is one cue.
  entries.sort((a, b) => b.words.length - a.words.length);
  const words = (name: string) => new Set((raw.agents[name] ?? []).map((w) => w.toLowerCase()));
  if (raw.markers && !(raw.markers.source in raw.sources)) throw new Error(`${file} markers: unknown source`);
  if (raw.scope && !(raw.scope.source in raw.sources)) throw new Error(`${file} scope: unknown source`);
  // A scope list with a source of its own names one the file lists.
  for (const list of [
    'accusation',
    'proposal',
    'negativeDeterminers',
    'badFaith',
    'judgement',
    'stance',
    'viewFrames',
    'verifying',
    'negators',
    'negativeParticles',
    'dynamicModals',
  ] as const) {
    const source = raw.scope?.[`${list}Source`];
    if (source !== undefined && !(source in raw.sources)) throw new Error(`${file} scope ${list}: unknown source`);
  }
  const set = (list: string[] | undefined) => new Set((list ?? []).map((w) => w.toLowerCase()));
  return {
    language: raw.language,
    entries,
    sources: raw.sources,
    agents: {
      official: words('official'),
      media: words('media'),
      unnamed: words('unnamed'),
      person: words('person'),
      pronoun: words('pronoun'),
      complementiser: words('complementiser'),
      skip: words('skip'),
      leadingTrim: words('leadingTrim'),
      prepositions: words('prepositions'),
      subjectBoundary: words('subjectBoundary'),
      relative: words('relative'),
      report: words('report'),
      nonState: words('nonState'),
      witness: words('witness'),
      clitics: raw.agents.clitics ?? [],
    },
    markers: {
      existential: new Set((raw.markers?.existential ?? []).map((w) => w.toLowerCase())),
      background: (raw.markers?.background ?? []).map((p) => p.toLowerCase().split(/\s+/u)),
      yearPrepositions: set(raw.markers?.yearPrepositions),
      months: set(raw.markers?.months),
      recentSpan: set(raw.markers?.recentSpan),
      stative: set(raw.markers?.stative),
      notExistential: set(raw.scope?.notExistential),
      labelling: set(raw.scope?.labelling),
      selfReference: set(raw.scope?.selfReference),
      accusation: set(raw.scope?.accusation),
      partyClaim: set(raw.scope?.partyClaim),
      negativeDeterminers: set(raw.scope?.negativeDeterminers),
      proposal: set(raw.scope?.proposal),
      badFaith: set(raw.scope?.badFaith),
      judgement: set(raw.scope?.judgement),
      stance: set(raw.scope?.stance),
      announcing: set(raw.scope?.announcing),
      viewFrames: set(raw.scope?.viewFrames),
      verifying: set(raw.scope?.verifying),
      breach: set(raw.scope?.breach),
      agreement: set(raw.scope?.agreement),
      toll: set(raw.scope?.toll),
      superlatives: new Set(entries.filter((e) => e.source === 'superlatives').map((e) => e.words[0] as string)),
      negators: set(raw.scope?.negators),
      negativeParticles: set(raw.scope?.negativeParticles),
      dynamicModals: set(raw.scope?.dynamicModals),
      spokespeople: set(raw.scope?.spokespeople),
      sideBodies: set(raw.scope?.sideBodies),
    },
  };
}

const LANGUAGES = ['en', 'ar'] as const;
const cache = new Map<string, Lexicon>();

function load(language: string) {
  const file = `lexicon/${language}.json`;
  const raw = JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as RawLexicon;
  return parseLexicon(raw, file);
}

/** The lexicon for a BCP 47 tag, or undefined when the language has none (no cues are proposed). */
export function lexiconFor(language: string): Lexicon | undefined {
  const primary = primaryLanguage(language);
  if (!(LANGUAGES as readonly string[]).includes(primary)) return undefined;
  let lexicon = cache.get(primary);
  if (!lexicon) {
    lexicon = load(primary);
    cache.set(primary, lexicon);
  }
  return lexicon;
}

export const LEXICON_LANGUAGES: readonly string[] = LANGUAGES;
