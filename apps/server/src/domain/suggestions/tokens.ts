import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItemEntity, type ItemSentence } from 'wink-nlp';

/**
 * Sentences and tokens of an article's text, with positions into the text (UTF-16 indexes, as the
 * anchors use). English goes through wink-nlp and its English model (tokens, lemmas, parts of speech,
 * number and date entities), loaded from the npm package: nothing is downloaded at run time. Other
 * languages go through the runtime's ICU segmenter (`Intl.Segmenter`), which knows word and sentence
 * boundaries of every script but no parts of speech, so their rules lean on the lexicon alone.
 */

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  normal: string;
  /** Dictionary form ("denied" → "deny") where the language model knows it, else `normal`. */
  lemma: string;
  /** Universal part-of-speech tag, or `X` when the language has no tagger here. */
  pos: string;
  isWord: boolean;
  /** Entity type from the model (CARDINAL, DATE, TIME, DURATION, MONEY, PERCENT…), if any. */
  entity?: string;
}

export interface Sentence {
  /** Token range [first, last). */
  first: number;
  last: number;
}

export interface TokenisedText {
  language: string;
  /** Whether tokens carry parts of speech (rules that need a verb use this). */
  tagged: boolean;
  tokens: Token[];
  sentences: Sentence[];
}

let english: ReturnType<typeof winkNLP> | undefined;

function englishNlp() {
  english ??= winkNLP(model);
  return english;
}

/** The primary language subtag of a BCP 47 tag ("en-GB" → "en"). */
export function primaryLanguage(tag: string) {
  return (tag.split('-')[0] ?? '').toLowerCase();
}

export function tokenise(text: string, language: string): TokenisedText {
  return primaryLanguage(language) === 'en' ? tokeniseEnglish(text) : tokeniseWithIcu(text, language);
}

function tokeniseEnglish(text: string): TokenisedText {
  const nlp = englishNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  // The lemma helper's declared type wants the model's add-ons argument; at run time it is the same kind of helper.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    at += (spaces[i] ?? '').length;
    // wink-nlp keeps the text whole (its output equals the input), so positions add up; checked
    // here because every anchor depends on it.
    if (text.slice(at, at + value.length) !== value) throw new Error(`token ${i} does not line up with the text`);
    const type = types[i] ?? '';
    tokens.push({
      start: at,
      end: at + value.length,
      text: value,
      normal: value.toLowerCase(),
      // The model leaves the auxiliary "being" ("are being described as") as its own lemma.
      lemma:
        type === 'word' && value.toLowerCase() === 'being' && pos[i] === 'AUX'
          ? 'be'
          : (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i] ?? 'X',
      isWord: type === 'word' || type === 'number' || type === 'ordinal',
    });
    at += value.length;
  }
  doc.entities().each((entity: ItemEntity) => {
    const [first, last] = entity.out(its.span) as unknown as [number, number];
    const type = entity.out(its.type) as string;
    for (let i = first; i <= last; i++) {
      const token = tokens[i];
      if (token) token.entity = type;
    }
  });
  retagTitleCase(text, tokens);
  const sentences: Sentence[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    sentences.push({ first, last: last + 1 });
  });
  return { language: 'en', tagged: true, tokens, sentences: dropBlankSentences(tokens, sentences) };
}

/**
 * A headline in title case ("US Disputes Reports that…") reads to the tagger as a run of names, so
 * its verbs and plural nouns keep their inflected form as lemma. Such a line is tagged again in
 * lower case and a name's lemma taken from there where that reading makes it a verb or a noun, so
 * that "Disputes" meets the lexicon's "dispute". Parts of speech stay as first tagged, so the names in
 * the headline are still names to the speaker rules, save an infinitive after "to".
 */
function retagTitleCase(text: string, tokens: Token[]) {
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const lineEnd = lineStart + line.length;
    const inLine = tokens.filter((t) => t.start >= lineStart && t.end <= lineEnd);
    if (isTitleCase(inLine)) {
      const nlp = englishNlp();
      const lower = nlp.readDoc(line.toLowerCase());
      const lemmas = lower.tokens().out(nlp.its.lemma as unknown as typeof nlp.its.value) as string[];
      const pos = lower.tokens().out(nlp.its.pos) as string[];
      if (lemmas.length === inLine.length)
        for (const [i, token] of inLine.entries()) {
          const lemma = lemmas[i];
          if (token.pos === 'PROPN' && (pos[i] === 'VERB' || pos[i] === 'NOUN') && lemma)
            token.lemma = lemma.toLowerCase();
          // After "to" a verb is an infinitive, never a name ("Said to Reclaim Western Town").
          if (token.pos === 'PROPN' && pos[i] === 'VERB' && inLine[i - 1]?.normal === 'to') token.pos = 'VERB';
        }
    }
    lineStart = lineEnd + 1;
  }
}

/** Words that title case leaves in lower case ("that", "with", "from"). */
const FUNCTION_POS = new Set(['ADP', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'PART']);

/** Three or more words, every content word of four letters or more capitalised. */
function isTitleCase(line: readonly Token[]) {
  const words = line.filter((t) => t.isWord && /^\p{L}/u.test(t.text));
  const long = words.filter((t) => t.text.length >= 4 && !FUNCTION_POS.has(t.pos));
  return words.length >= 3 && long.length > 0 && long.every((t) => /^\p{Lu}/u.test(t.text));
}

function tokeniseWithIcu(text: string, language: string): TokenisedText {
  const tokens: Token[] = [];
  const stops = new Set<number>();
  const push = (start: number, value: string, isWord: boolean) => {
    const normal = value.toLocaleLowerCase(language);
    tokens.push({
      start,
      end: start + value.length,
      text: value,
      normal,
      lemma: normal,
      pos: isWord ? 'X' : 'PUNCT',
      isWord,
    });
  };
  for (const segment of new Intl.Segmenter(language, { granularity: 'word' }).segment(text)) {
    if (segment.segment.trim() === '') continue;
    // ICU keeps "word.word" together (a full stop between letters may be an abbreviation or a
    // number in Latin script); outside Latin script it is a sentence end with its space missing.
    const parts = segment.isWordLike ? segment.segment.split(MISSING_SPACE) : [segment.segment];
    let at = segment.index;
    for (const [i, part] of parts.entries()) {
      if (i > 0) {
        push(at, '.', false);
        stops.add(tokens.length);
        at += 1;
      }
      push(at, part, segment.isWordLike === true);
      at += part.length;
    }
  }
  const sentences: Sentence[] = [];
  let next = 0;
  for (const segment of new Intl.Segmenter(language, { granularity: 'sentence' }).segment(text)) {
    const end = segment.index + segment.segment.length;
    let first = next;
    while (next < tokens.length && (tokens[next]?.start ?? end) < end) {
      next++;
      if (stops.has(next)) {
        sentences.push({ first, last: next });
        first = next;
      }
    }
    sentences.push({ first, last: next });
  }
  return {
    language: primaryLanguage(language),
    tagged: false,
    tokens,
    sentences: dropBlankSentences(tokens, sentences),
  };
}

/** A full stop between two letters of a non-Latin script. */
const MISSING_SPACE = /(?<=[^\p{Script=Latin}\P{L}])\.(?=[^\p{Script=Latin}\P{L}])/u;

/** Quote marks that may close a quotation. */
const QUOTE_CLOSERS = new Set(['"', '”', '»']);

/** Lines are sentences too (a headline has no full stop); blank runs are dropped. */
function dropBlankSentences(tokens: Token[], sentences: Sentence[]) {
  const out: Sentence[] = [];
  for (const sentence of sentences) {
    let first = sentence.first;
    for (let i = sentence.first; i < sentence.last; i++) {
      const token = tokens[i];
      if (token?.text.includes('\n')) {
        // '…in this area. "' then a new paragraph: the tagger starts a sentence at the closing mark; it
        // closes the sentence before.
        const previous = out.at(-1);
        const closing = tokens.slice(first, i).every((t) => QUOTE_CLOSERS.has(t.text));
        if (i > first && closing && previous?.last === first) previous.last = i;
        else if (i > first) out.push({ first, last: i });
        first = i + 1;
      }
    }
    if (sentence.last > first) out.push({ first, last: sentence.last });
  }
  return out.filter((s) => tokens.slice(s.first, s.last).some((t) => t.isWord));
}
