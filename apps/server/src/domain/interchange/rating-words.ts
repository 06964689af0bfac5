import type { VerificationStatus } from './rating-map.js';

/**
 * The verdict words fact-checkers publish (ClaimReview `alternateName`, the Fact Check Tools
 * feed's `textualRating`) and the verification status each means. A word that is not here, and
 * not in the caller's own mapping, is refused (UNKNOWN_RATING): a verdict is never guessed, not
 * even from a numeric rating, whose scales publishers use inconsistently (AFP Factual publishes
 * "Falso" as 5 on a scale whose best is 1).
 *
 * `source` says where the word and its meaning come from: the publisher's own page describing its
 * rating scale, or a review in test/data/claimreview/ that publishes it. Words are matched after
 * foldRating() (case, accents and punctuation aside), so each is written once.
 */
export interface RatingWord {
  words: string;
  /** BCP 47 language of the words. */
  lang: string;
  status: VerificationStatus;
  source: string;
}

const POLITIFACT =
  'PolitiFact, Truth-O-Meter: https://www.politifact.com/article/2018/feb/12/principles-truth-o-meter-politifacts-methodology-i/';
const SNOPES = 'Snopes, fact-check ratings: https://www.snopes.com/fact-check-ratings/';
const WAPO =
  'The Washington Post Fact Checker, Pinocchio scale: https://www.washingtonpost.com/politics/2019/01/07/about-fact-checker/';
const FULLFACT_META =
  'Meta third-party fact-checking rating options: https://www.facebook.com/business/help/341102040382165';
const AFP_FR =
  'AFP Factuel ratings, as published in test/data/claimreview/tuned/afp-defacto-*.json (AFP-Medialab/defacto-rss)';
const AFP_EN =
  'AFP Fact Check ratings, as published in test/data/claimreview/tuned/afp-defacto-*-en*.json (AFP-Medialab/defacto-rss)';
const AFP_ES =
  'AFP Factual (Spanish) rating scale: https://factual.afp.com/ (Falso, Engañoso, Falta contexto, Verdadero)';
const AFP_PT = 'AFP Checamos rating scale: https://checamos.afp.com/ (Falso, Enganoso, Sem contexto, Verdadeiro)';
const AFP_DE =
  'AFP Faktencheck rating scale: https://faktencheck.afp.com/ (Falsch, Irreführend, Fehlender Kontext, Richtig)';
const LEMONDE =
  'Le Monde, Les Décodeurs verdicts: https://www.lemonde.fr/les-decodeurs/ (Faux, Plutôt faux, C’est plus compliqué, Plutôt vrai, Vrai)';
const CHEQUEADO = 'Chequeado, calificaciones: https://chequeado.com/metodologia/';
const MALDITA = 'Maldita.es, metodología: https://maldita.es/metodologia-de-maldita-bulo/';
const NEWTRAL = 'Newtral, metodología: https://www.newtral.es/metodologia-transparencia/';
const LUPA = 'Agência Lupa, etiquetas: https://lupa.uol.com.br/institucional/';
const AOSFATOS = 'Aos Fatos, método: https://www.aosfatos.org/nosso-m%C3%A9todo/';
const CORRECTIV =
  'CORRECTIV.Faktencheck, Bewertungsskala: https://correctiv.org/faktencheck/ueber-uns/2020/07/07/wie-wir-arbeiten/';
const PAGELLA = 'Pagella Politica, metodo: https://pagellapolitica.it/progetto/metodologia';
const FACTA = 'Facta (Pagella Politica), etichette: https://facta.news/metodologia';
const MISBAR = 'Misbar, التصنيفات (rating scale): https://misbar.com/methodology';
const FATABYYANO = 'Fatabyyano, منهجية (methodology): https://fatabyyano.net/methodology/';
const VISHVAS = 'Vishvas News, methodology (Hindi verdicts): https://www.vishvasnews.com/methodology/';
const BOOM_HI = 'BOOM Hindi, fact-check verdicts: https://hindi.boomlive.in/methodology';
const TFC = '台灣事實查核中心 (Taiwan FactCheck Center), 查核結果分類: https://tfc-taiwan.org.tw/about/principles';
const AFP_ZH =
  'AFP 事實查核 (Chinese) rating scale: https://factcheck.afp.com/list/chinese (錯誤, 誤導, 缺乏背景, 正確)';
const CLAIMGRAPH = 'claimgraph’s own published ratings (rating-map.ts RATING_TABLE), so its exports read back';

export const RATING_WORDS: readonly RatingWord[] = [
  // claimgraph's own words first: every export reads back as the status it came from.
  { words: 'True', lang: 'en', status: 'CONFIRMED_TRUE', source: CLAIMGRAPH },
  { words: 'Mostly true', lang: 'en', status: 'PROBABLY_TRUE', source: CLAIMGRAPH },
  { words: 'Mixed', lang: 'en', status: 'MIXED', source: CLAIMGRAPH },
  { words: 'Misleading', lang: 'en', status: 'MISLEADING', source: CLAIMGRAPH },
  { words: 'Mostly false', lang: 'en', status: 'PROBABLY_FALSE', source: CLAIMGRAPH },
  { words: 'False', lang: 'en', status: 'CONFIRMED_FALSE', source: CLAIMGRAPH },
  { words: 'Unproven', lang: 'en', status: 'UNVERIFIABLE', source: CLAIMGRAPH },
  { words: 'Not checkable', lang: 'en', status: 'NOT_CHECKABLE', source: CLAIMGRAPH },

  // English
  { words: 'Half true', lang: 'en', status: 'MIXED', source: POLITIFACT },
  { words: 'Barely true', lang: 'en', status: 'PROBABLY_FALSE', source: POLITIFACT },
  { words: 'Pants on fire', lang: 'en', status: 'CONFIRMED_FALSE', source: POLITIFACT },
  { words: 'Mixture', lang: 'en', status: 'MIXED', source: SNOPES },
  { words: 'Correct attribution', lang: 'en', status: 'CONFIRMED_TRUE', source: SNOPES },
  { words: 'Misattributed', lang: 'en', status: 'CONFIRMED_FALSE', source: SNOPES },
  { words: 'Miscaptioned', lang: 'en', status: 'MISLEADING', source: SNOPES },
  { words: 'Unfounded', lang: 'en', status: 'UNVERIFIABLE', source: SNOPES },
  { words: 'Labeled satire', lang: 'en', status: 'NOT_CHECKABLE', source: SNOPES },
  { words: 'Satire', lang: 'en', status: 'NOT_CHECKABLE', source: SNOPES },
  { words: 'Geppetto checkmark', lang: 'en', status: 'CONFIRMED_TRUE', source: WAPO },
  { words: 'One Pinocchio', lang: 'en', status: 'PROBABLY_TRUE', source: WAPO },
  { words: 'Two Pinocchios', lang: 'en', status: 'MIXED', source: WAPO },
  { words: 'Three Pinocchios', lang: 'en', status: 'PROBABLY_FALSE', source: WAPO },
  { words: 'Four Pinocchios', lang: 'en', status: 'CONFIRMED_FALSE', source: WAPO },
  { words: 'Partly false', lang: 'en', status: 'MIXED', source: FULLFACT_META },
  { words: 'Altered', lang: 'en', status: 'CONFIRMED_FALSE', source: FULLFACT_META },
  { words: 'Missing context', lang: 'en', status: 'MISLEADING', source: FULLFACT_META },
  { words: 'Truncated and misleading video', lang: 'en', status: 'MISLEADING', source: AFP_EN },
  {
    words: 'Unsubstantiated',
    lang: 'en',
    status: 'UNVERIFIABLE',
    source: 'POLYGRAPH.info verdict scale (Unsubstantiated): https://www.polygraph.info/',
  },

  // French
  { words: 'Faux', lang: 'fr', status: 'CONFIRMED_FALSE', source: AFP_FR },
  { words: 'Trompeur', lang: 'fr', status: 'MISLEADING', source: AFP_FR },
  { words: 'Vidéo tronquée et trompeuse', lang: 'fr', status: 'MISLEADING', source: AFP_FR },
  { words: 'Manque de contexte', lang: 'fr', status: 'MISLEADING', source: AFP_FR },
  { words: 'Partiellement faux', lang: 'fr', status: 'MIXED', source: AFP_FR },
  { words: 'Vrai', lang: 'fr', status: 'CONFIRMED_TRUE', source: LEMONDE },
  { words: 'Plutôt vrai', lang: 'fr', status: 'PROBABLY_TRUE', source: LEMONDE },
  { words: 'C’est plus compliqué', lang: 'fr', status: 'MIXED', source: LEMONDE },
  { words: 'Plutôt faux', lang: 'fr', status: 'PROBABLY_FALSE', source: LEMONDE },

  // Spanish
  { words: 'Falso', lang: 'es', status: 'CONFIRMED_FALSE', source: AFP_ES },
  { words: 'Engañoso', lang: 'es', status: 'MISLEADING', source: AFP_ES },
  { words: 'Falta contexto', lang: 'es', status: 'MISLEADING', source: AFP_ES },
  { words: 'Verdadero', lang: 'es', status: 'CONFIRMED_TRUE', source: AFP_ES },
  { words: 'Mixto', lang: 'es', status: 'MIXED', source: AFP_ES },
  { words: 'Verdadero, pero', lang: 'es', status: 'PROBABLY_TRUE', source: CHEQUEADO },
  { words: 'Discutible', lang: 'es', status: 'MIXED', source: CHEQUEADO },
  { words: 'Apresurado', lang: 'es', status: 'UNVERIFIABLE', source: CHEQUEADO },
  { words: 'Exagerado', lang: 'es', status: 'PROBABLY_FALSE', source: CHEQUEADO },
  { words: 'Insostenible', lang: 'es', status: 'UNVERIFIABLE', source: CHEQUEADO },
  { words: 'Inchequeable', lang: 'es', status: 'NOT_CHECKABLE', source: CHEQUEADO },
  { words: 'Bulo', lang: 'es', status: 'CONFIRMED_FALSE', source: MALDITA },
  { words: 'Verdad a medias', lang: 'es', status: 'MIXED', source: NEWTRAL },

  // Portuguese
  { words: 'Verdadeiro', lang: 'pt', status: 'CONFIRMED_TRUE', source: LUPA },
  { words: 'Verdadeiro, mas', lang: 'pt', status: 'PROBABLY_TRUE', source: LUPA },
  { words: 'Ainda é cedo para dizer', lang: 'pt', status: 'UNVERIFIABLE', source: LUPA },
  { words: 'Exagerado', lang: 'pt', status: 'PROBABLY_FALSE', source: LUPA },
  { words: 'Contraditório', lang: 'pt', status: 'MIXED', source: LUPA },
  { words: 'Subestimado', lang: 'pt', status: 'PROBABLY_FALSE', source: LUPA },
  { words: 'Insustentável', lang: 'pt', status: 'UNVERIFIABLE', source: LUPA },
  { words: 'Falso', lang: 'pt', status: 'CONFIRMED_FALSE', source: LUPA },
  { words: 'Impreciso', lang: 'pt', status: 'MIXED', source: AOSFATOS },
  { words: 'Distorcido', lang: 'pt', status: 'MISLEADING', source: AOSFATOS },
  { words: 'Enganoso', lang: 'pt', status: 'MISLEADING', source: AFP_PT },
  { words: 'Sem contexto', lang: 'pt', status: 'MISLEADING', source: AFP_PT },

  // German
  { words: 'Falsch', lang: 'de', status: 'CONFIRMED_FALSE', source: CORRECTIV },
  { words: 'Größtenteils falsch', lang: 'de', status: 'PROBABLY_FALSE', source: CORRECTIV },
  { words: 'Teilweise falsch', lang: 'de', status: 'MIXED', source: CORRECTIV },
  { words: 'Größtenteils richtig', lang: 'de', status: 'PROBABLY_TRUE', source: CORRECTIV },
  { words: 'Richtig', lang: 'de', status: 'CONFIRMED_TRUE', source: CORRECTIV },
  { words: 'Unbelegt', lang: 'de', status: 'UNVERIFIABLE', source: CORRECTIV },
  { words: 'Fehlender Kontext', lang: 'de', status: 'MISLEADING', source: CORRECTIV },
  { words: 'Frei erfunden', lang: 'de', status: 'CONFIRMED_FALSE', source: CORRECTIV },
  { words: 'Manipuliert', lang: 'de', status: 'CONFIRMED_FALSE', source: CORRECTIV },
  { words: 'Irreführend', lang: 'de', status: 'MISLEADING', source: AFP_DE },

  // Italian
  { words: 'Vero', lang: 'it', status: 'CONFIRMED_TRUE', source: PAGELLA },
  { words: 'C’eri quasi', lang: 'it', status: 'PROBABLY_TRUE', source: PAGELLA },
  { words: 'Nì', lang: 'it', status: 'MIXED', source: PAGELLA },
  { words: 'Pinocchio andante', lang: 'it', status: 'PROBABLY_FALSE', source: PAGELLA },
  { words: 'Panzana pazzesca', lang: 'it', status: 'CONFIRMED_FALSE', source: PAGELLA },
  { words: 'Fuorviante', lang: 'it', status: 'MISLEADING', source: FACTA },
  { words: 'Contesto mancante', lang: 'it', status: 'MISLEADING', source: FACTA },
  { words: 'Notizia vera', lang: 'it', status: 'CONFIRMED_TRUE', source: FACTA },

  // Arabic
  { words: 'زائف', lang: 'ar', status: 'CONFIRMED_FALSE', source: MISBAR },
  { words: 'مضلل', lang: 'ar', status: 'MISLEADING', source: MISBAR },
  { words: 'صحيح', lang: 'ar', status: 'CONFIRMED_TRUE', source: MISBAR },
  { words: 'ساخر', lang: 'ar', status: 'NOT_CHECKABLE', source: MISBAR },
  { words: 'زائف جزئيا', lang: 'ar', status: 'MIXED', source: FATABYYANO },
  { words: 'عنوان مضلل', lang: 'ar', status: 'MISLEADING', source: FATABYYANO },

  // Hindi
  { words: 'फर्जी', lang: 'hi', status: 'CONFIRMED_FALSE', source: VISHVAS },
  { words: 'भ्रामक', lang: 'hi', status: 'MISLEADING', source: VISHVAS },
  { words: 'सच', lang: 'hi', status: 'CONFIRMED_TRUE', source: VISHVAS },
  { words: 'गलत', lang: 'hi', status: 'CONFIRMED_FALSE', source: BOOM_HI },
  { words: 'आंशिक रूप से सही', lang: 'hi', status: 'MIXED', source: BOOM_HI },

  // Chinese
  { words: '錯誤', lang: 'zh', status: 'CONFIRMED_FALSE', source: TFC },
  { words: '部分錯誤', lang: 'zh', status: 'MIXED', source: TFC },
  { words: '事實釐清', lang: 'zh', status: 'MISLEADING', source: TFC },
  { words: '正確', lang: 'zh', status: 'CONFIRMED_TRUE', source: TFC },
  { words: '誤導', lang: 'zh', status: 'MISLEADING', source: AFP_ZH },
  { words: '缺乏背景', lang: 'zh', status: 'MISLEADING', source: AFP_ZH },
];
