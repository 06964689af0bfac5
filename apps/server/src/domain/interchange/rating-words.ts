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
  /**
   * What was read to check `source`: the publisher's page (a stored copy of it) that gives the word
   * with this meaning, the corpus document that publishes it, or claimgraph's own table. null when
   * that could not be verified (the page was not found, or did not show the word or its meaning):
   * such an entry rests on its recorded source alone.
   */
  verifiedAt: string | null;
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
const AFRICA_CHECK = 'Africa Check, how we rate claims: https://africacheck.org/how-we-fact-check/how-we-rate-claims';
const AOSFATOS_NOW =
  'Aos Fatos, “não é bem assim” as published in test/data/claimreview/tuned/meedan-aos-fatos.json (a review of a manipulated video)';
const TWENTY_MINUTES =
  '20 Minutes (Fake Off), “really_false” as published in test/data/claimreview/tuned/meedan-twenty-minutes-claim-review-page.json';
const CLAIMGRAPH = 'claimgraph’s own published ratings (rating-map.ts RATING_TABLE), so its exports read back';

export const RATING_WORDS: readonly RatingWord[] = [
  // claimgraph's own words first: every export reads back as the status it came from.
  {
    words: 'True',
    lang: 'en',
    status: 'CONFIRMED_TRUE',
    source: CLAIMGRAPH,
    verifiedAt: 'rating-map.ts (RATING_TABLE)',
  },
  {
    words: 'Mostly true',
    lang: 'en',
    status: 'PROBABLY_TRUE',
    source: CLAIMGRAPH,
    verifiedAt: 'rating-map.ts (RATING_TABLE)',
  },
  { words: 'Mixed', lang: 'en', status: 'MIXED', source: CLAIMGRAPH, verifiedAt: 'rating-map.ts (RATING_TABLE)' },
  {
    words: 'Misleading',
    lang: 'en',
    status: 'MISLEADING',
    source: CLAIMGRAPH,
    verifiedAt: 'rating-map.ts (RATING_TABLE)',
  },
  {
    words: 'Mostly false',
    lang: 'en',
    status: 'PROBABLY_FALSE',
    source: CLAIMGRAPH,
    verifiedAt: 'rating-map.ts (RATING_TABLE)',
  },
  {
    words: 'False',
    lang: 'en',
    status: 'CONFIRMED_FALSE',
    source: CLAIMGRAPH,
    verifiedAt: 'rating-map.ts (RATING_TABLE)',
  },
  {
    words: 'Unproven',
    lang: 'en',
    status: 'UNVERIFIABLE',
    source: CLAIMGRAPH,
    verifiedAt: 'rating-map.ts (RATING_TABLE)',
  },
  {
    words: 'Not checkable',
    lang: 'en',
    status: 'NOT_CHECKABLE',
    source: CLAIMGRAPH,
    verifiedAt: 'rating-map.ts (RATING_TABLE)',
  },

  // English
  {
    words: 'Half true',
    lang: 'en',
    status: 'MIXED',
    source: POLITIFACT,
    verifiedAt: 'http://wral.com/story/how-we-determine-truth-o-meter-ratings/18769075/',
  },
  { words: 'Barely true', lang: 'en', status: 'PROBABLY_FALSE', source: POLITIFACT, verifiedAt: null },
  {
    words: 'Pants on fire',
    lang: 'en',
    status: 'CONFIRMED_FALSE',
    source: POLITIFACT,
    verifiedAt: 'http://wral.com/story/how-we-determine-truth-o-meter-ratings/18769075/',
  },
  {
    words: 'Mixture',
    lang: 'en',
    status: 'MIXED',
    source: SNOPES,
    verifiedAt: 'https://www.snopes.com/fact-check-ratings/',
  },
  { words: 'Correct attribution', lang: 'en', status: 'CONFIRMED_TRUE', source: SNOPES, verifiedAt: null },
  { words: 'Misattributed', lang: 'en', status: 'CONFIRMED_FALSE', source: SNOPES, verifiedAt: null },
  { words: 'Miscaptioned', lang: 'en', status: 'MISLEADING', source: SNOPES, verifiedAt: null },
  {
    words: 'Unfounded',
    lang: 'en',
    status: 'UNVERIFIABLE',
    source: SNOPES,
    verifiedAt: 'http://snopes.com/info/ratings.asp',
  },
  { words: 'Labeled satire', lang: 'en', status: 'NOT_CHECKABLE', source: SNOPES, verifiedAt: null },
  { words: 'Satire', lang: 'en', status: 'NOT_CHECKABLE', source: SNOPES, verifiedAt: null },
  { words: 'Geppetto checkmark', lang: 'en', status: 'CONFIRMED_TRUE', source: WAPO, verifiedAt: null },
  { words: 'One Pinocchio', lang: 'en', status: 'PROBABLY_TRUE', source: WAPO, verifiedAt: null },
  { words: 'Two Pinocchios', lang: 'en', status: 'MIXED', source: WAPO, verifiedAt: null },
  { words: 'Three Pinocchios', lang: 'en', status: 'PROBABLY_FALSE', source: WAPO, verifiedAt: null },
  { words: 'Four Pinocchios', lang: 'en', status: 'CONFIRMED_FALSE', source: WAPO, verifiedAt: null },
  {
    words: 'Partly false',
    lang: 'en',
    status: 'MIXED',
    source: FULLFACT_META,
    verifiedAt: 'https://transparency.fb.com/features/content-ratings-fact-checkers-use/',
  },
  {
    words: 'Altered',
    lang: 'en',
    status: 'CONFIRMED_FALSE',
    source: FULLFACT_META,
    verifiedAt: 'https://transparency.fb.com/features/content-ratings-fact-checkers-use/',
  },
  { words: 'Missing context', lang: 'en', status: 'MISLEADING', source: FULLFACT_META, verifiedAt: null },
  {
    words: 'Truncated and misleading video',
    lang: 'en',
    status: 'MISLEADING',
    source: AFP_EN,
    verifiedAt: 'test/data/claimreview/tuned/afp-defacto-claimreview-with-mediareview-en.json',
  },
  { words: 'Incorrect', lang: 'en', status: 'CONFIRMED_FALSE', source: AFRICA_CHECK, verifiedAt: null },
  {
    words: 'Unsubstantiated',
    lang: 'en',
    status: 'UNVERIFIABLE',
    source: 'POLYGRAPH.info verdict scale (Unsubstantiated): https://www.polygraph.info/',
    verifiedAt: null,
  },

  // French
  {
    words: 'Faux',
    lang: 'fr',
    status: 'CONFIRMED_FALSE',
    source: AFP_FR,
    verifiedAt: 'test/data/claimreview/tuned/afp-defacto-simple.json',
  },
  {
    words: 'Trompeur',
    lang: 'fr',
    status: 'MISLEADING',
    source: AFP_FR,
    verifiedAt: 'test/data/claimreview/tuned/afp-defacto-multi-appearance-creativework.json',
  },
  {
    words: 'Vidéo tronquée et trompeuse',
    lang: 'fr',
    status: 'MISLEADING',
    source: AFP_FR,
    verifiedAt: 'test/data/claimreview/tuned/afp-defacto-claimreview-with-mediareview.json',
  },
  { words: 'Manque de contexte', lang: 'fr', status: 'MISLEADING', source: AFP_FR, verifiedAt: null },
  { words: 'Partiellement faux', lang: 'fr', status: 'MIXED', source: AFP_FR, verifiedAt: null },
  { words: 'Vrai', lang: 'fr', status: 'CONFIRMED_TRUE', source: LEMONDE, verifiedAt: null },
  { words: 'Plutôt vrai', lang: 'fr', status: 'PROBABLY_TRUE', source: LEMONDE, verifiedAt: null },
  { words: 'C’est plus compliqué', lang: 'fr', status: 'MIXED', source: LEMONDE, verifiedAt: null },
  { words: 'Plutôt faux', lang: 'fr', status: 'PROBABLY_FALSE', source: LEMONDE, verifiedAt: null },

  // 20 Minutes publishes its verdict as a code; its pages show it as "Faux".
  {
    words: 'really_false',
    lang: 'fr',
    status: 'CONFIRMED_FALSE',
    source: TWENTY_MINUTES,
    verifiedAt: 'test/data/claimreview/tuned/meedan-twenty-minutes-claim-review-page.json',
  },
  // Spanish
  { words: 'Falso', lang: 'es', status: 'CONFIRMED_FALSE', source: AFP_ES, verifiedAt: null },
  { words: 'Engañoso', lang: 'es', status: 'MISLEADING', source: AFP_ES, verifiedAt: null },
  { words: 'Falta contexto', lang: 'es', status: 'MISLEADING', source: AFP_ES, verifiedAt: null },
  { words: 'Verdadero', lang: 'es', status: 'CONFIRMED_TRUE', source: AFP_ES, verifiedAt: null },
  { words: 'Mixto', lang: 'es', status: 'MIXED', source: AFP_ES, verifiedAt: null },
  { words: 'Verdadero, pero', lang: 'es', status: 'PROBABLY_TRUE', source: CHEQUEADO, verifiedAt: null },
  { words: 'Discutible', lang: 'es', status: 'MIXED', source: CHEQUEADO, verifiedAt: null },
  { words: 'Apresurado', lang: 'es', status: 'UNVERIFIABLE', source: CHEQUEADO, verifiedAt: null },
  { words: 'Exagerado', lang: 'es', status: 'PROBABLY_FALSE', source: CHEQUEADO, verifiedAt: null },
  { words: 'Insostenible', lang: 'es', status: 'UNVERIFIABLE', source: CHEQUEADO, verifiedAt: null },
  { words: 'Inchequeable', lang: 'es', status: 'NOT_CHECKABLE', source: CHEQUEADO, verifiedAt: null },
  { words: 'Bulo', lang: 'es', status: 'CONFIRMED_FALSE', source: MALDITA, verifiedAt: null },
  { words: 'Verdad a medias', lang: 'es', status: 'MIXED', source: NEWTRAL, verifiedAt: null },

  // Portuguese
  { words: 'Verdadeiro', lang: 'pt', status: 'CONFIRMED_TRUE', source: LUPA, verifiedAt: null },
  { words: 'Verdadeiro, mas', lang: 'pt', status: 'PROBABLY_TRUE', source: LUPA, verifiedAt: null },
  { words: 'Ainda é cedo para dizer', lang: 'pt', status: 'UNVERIFIABLE', source: LUPA, verifiedAt: null },
  { words: 'Exagerado', lang: 'pt', status: 'PROBABLY_FALSE', source: LUPA, verifiedAt: null },
  { words: 'Contraditório', lang: 'pt', status: 'MIXED', source: LUPA, verifiedAt: null },
  { words: 'Subestimado', lang: 'pt', status: 'PROBABLY_FALSE', source: LUPA, verifiedAt: null },
  { words: 'Insustentável', lang: 'pt', status: 'UNVERIFIABLE', source: LUPA, verifiedAt: null },
  { words: 'Falso', lang: 'pt', status: 'CONFIRMED_FALSE', source: LUPA, verifiedAt: null },
  { words: 'Impreciso', lang: 'pt', status: 'MIXED', source: AOSFATOS, verifiedAt: null },
  {
    words: 'Não é bem assim',
    lang: 'pt',
    status: 'MISLEADING',
    source: AOSFATOS_NOW,
    verifiedAt: 'test/data/claimreview/tuned/meedan-aos-fatos.json',
  },
  { words: 'Distorcido', lang: 'pt', status: 'MISLEADING', source: AOSFATOS, verifiedAt: null },
  { words: 'Enganoso', lang: 'pt', status: 'MISLEADING', source: AFP_PT, verifiedAt: null },
  { words: 'Sem contexto', lang: 'pt', status: 'MISLEADING', source: AFP_PT, verifiedAt: null },

  // German
  {
    words: 'Falsch',
    lang: 'de',
    status: 'CONFIRMED_FALSE',
    source: CORRECTIV,
    verifiedAt: 'https://correctiv.org/faktencheck/ueber-uns/2018/10/04/unsere-bewertungsskala/',
  },
  {
    words: 'Größtenteils falsch',
    lang: 'de',
    status: 'PROBABLY_FALSE',
    source: CORRECTIV,
    verifiedAt: 'https://correctiv.org/faktencheck/ueber-uns/2018/10/04/unsere-bewertungsskala/',
  },
  {
    words: 'Teilweise falsch',
    lang: 'de',
    status: 'MIXED',
    source: CORRECTIV,
    verifiedAt: 'https://correctiv.org/faktencheck/ueber-uns/2018/10/04/unsere-bewertungsskala/',
  },
  {
    words: 'Größtenteils richtig',
    lang: 'de',
    status: 'PROBABLY_TRUE',
    source: CORRECTIV,
    verifiedAt: 'https://correctiv.org/faktencheck/ueber-uns/2018/10/04/unsere-bewertungsskala/',
  },
  {
    words: 'Richtig',
    lang: 'de',
    status: 'CONFIRMED_TRUE',
    source: CORRECTIV,
    verifiedAt: 'https://correctiv.org/faktencheck/ueber-uns/2018/10/04/unsere-bewertungsskala/',
  },
  {
    words: 'Unbelegt',
    lang: 'de',
    status: 'UNVERIFIABLE',
    source: CORRECTIV,
    verifiedAt: 'https://correctiv.org/faktencheck/ueber-uns/2018/10/04/unsere-bewertungsskala/',
  },
  {
    words: 'Fehlender Kontext',
    lang: 'de',
    status: 'MISLEADING',
    source: CORRECTIV,
    verifiedAt: 'https://correctiv.org/faktencheck/ueber-uns/2018/10/04/unsere-bewertungsskala/',
  },
  {
    words: 'Frei erfunden',
    lang: 'de',
    status: 'CONFIRMED_FALSE',
    source: CORRECTIV,
    verifiedAt: 'https://correctiv.org/faktencheck/ueber-uns/2018/10/04/unsere-bewertungsskala/',
  },
  {
    words: 'Manipuliert',
    lang: 'de',
    status: 'CONFIRMED_FALSE',
    source: CORRECTIV,
    verifiedAt: 'https://correctiv.org/faktencheck/ueber-uns/2018/10/04/unsere-bewertungsskala/',
  },
  { words: 'Irreführend', lang: 'de', status: 'MISLEADING', source: AFP_DE, verifiedAt: null },

  // Italian
  { words: 'Vero', lang: 'it', status: 'CONFIRMED_TRUE', source: PAGELLA, verifiedAt: null },
  { words: 'C’eri quasi', lang: 'it', status: 'PROBABLY_TRUE', source: PAGELLA, verifiedAt: null },
  { words: 'Nì', lang: 'it', status: 'MIXED', source: PAGELLA, verifiedAt: null },
  {
    words: 'Pinocchio andante',
    lang: 'it',
    status: 'PROBABLY_FALSE',
    source: PAGELLA,
    verifiedAt: 'https://pagellapolitica.it/blog/show/573/pagella-cup-vota-lerrore-peggiore-del-2019',
  },
  {
    words: 'Panzana pazzesca',
    lang: 'it',
    status: 'CONFIRMED_FALSE',
    source: PAGELLA,
    verifiedAt: 'https://pagellapolitica.it/blog/show/573/pagella-cup-vota-lerrore-peggiore-del-2019',
  },
  { words: 'Fuorviante', lang: 'it', status: 'MISLEADING', source: FACTA, verifiedAt: null },
  { words: 'Contesto mancante', lang: 'it', status: 'MISLEADING', source: FACTA, verifiedAt: null },
  { words: 'Notizia vera', lang: 'it', status: 'CONFIRMED_TRUE', source: FACTA, verifiedAt: null },

  // Arabic
  {
    words: 'زائف',
    lang: 'ar',
    status: 'CONFIRMED_FALSE',
    source: MISBAR,
    verifiedAt: 'https://seo.misbar.com/editorial/2022/01/02/مؤشر-مسبار-لأبرز-الأخبار-الزائفة-في-ديسمبر-2021',
  },
  {
    words: 'مضلل',
    lang: 'ar',
    status: 'MISLEADING',
    source: MISBAR,
    verifiedAt: 'https://seo.misbar.com/editorial/2022/01/02/مؤشر-مسبار-لأبرز-الأخبار-الزائفة-في-ديسمبر-2021',
  },
  {
    words: 'صحيح',
    lang: 'ar',
    status: 'CONFIRMED_TRUE',
    source: MISBAR,
    verifiedAt: 'https://seo.misbar.com/editorial/2022/01/02/مؤشر-مسبار-لأبرز-الأخبار-الزائفة-في-ديسمبر-2021',
  },
  {
    words: 'ساخر',
    lang: 'ar',
    status: 'NOT_CHECKABLE',
    source: MISBAR,
    verifiedAt: 'https://seo.misbar.com/editorial/2022/01/02/مؤشر-مسبار-لأبرز-الأخبار-الزائفة-في-ديسمبر-2021',
  },
  { words: 'زائف جزئيا', lang: 'ar', status: 'MIXED', source: FATABYYANO, verifiedAt: null },
  { words: 'عنوان مضلل', lang: 'ar', status: 'MISLEADING', source: FATABYYANO, verifiedAt: null },

  // Hindi
  { words: 'फर्जी', lang: 'hi', status: 'CONFIRMED_FALSE', source: VISHVAS, verifiedAt: null },
  { words: 'भ्रामक', lang: 'hi', status: 'MISLEADING', source: VISHVAS, verifiedAt: null },
  { words: 'सच', lang: 'hi', status: 'CONFIRMED_TRUE', source: VISHVAS, verifiedAt: null },
  { words: 'गलत', lang: 'hi', status: 'CONFIRMED_FALSE', source: BOOM_HI, verifiedAt: null },
  { words: 'आंशिक रूप से सही', lang: 'hi', status: 'MIXED', source: BOOM_HI, verifiedAt: null },

  // Chinese
  {
    words: '錯誤',
    lang: 'zh',
    status: 'CONFIRMED_FALSE',
    source: TFC,
    verifiedAt: 'https://tfc-taiwan.org.tw/articles/report',
  },
  {
    words: '部分錯誤',
    lang: 'zh',
    status: 'MIXED',
    source: TFC,
    verifiedAt: 'https://tfc-taiwan.org.tw/articles/report',
  },
  { words: '事實釐清', lang: 'zh', status: 'MISLEADING', source: TFC, verifiedAt: null },
  {
    words: '正確',
    lang: 'zh',
    status: 'CONFIRMED_TRUE',
    source: TFC,
    verifiedAt: 'https://tfc-taiwan.org.tw/articles/report',
  },
  { words: '誤導', lang: 'zh', status: 'MISLEADING', source: AFP_ZH, verifiedAt: null },
  { words: '缺乏背景', lang: 'zh', status: 'MISLEADING', source: AFP_ZH, verifiedAt: null },
];
