import { describe, expect, it } from 'vitest';
import { findCues } from '../../apps/server/src/domain/suggestions/cues.js';
import { suggestClaims } from '../../apps/server/src/domain/suggestions/extract.js';
import { lexiconFor } from '../../apps/server/src/domain/suggestions/lexicon.js';
import { tokenise } from '../../apps/server/src/domain/suggestions/tokens.js';

const claimsOf = (text: string) => suggestClaims(text, { language: 'en' });
const claimAt = (text: string, words: string) => {
  const claim = claimsOf(text).find((c) => c.span.exact.includes(words));
  if (!claim) throw new Error(`no claim with "${words}"`);
  return claim;
};
/** Every cue found in the text, as "KIND words". */
const cuesIn = (text: string) => {
  const doc = tokenise(text, 'en');
  const lexicon = lexiconFor('en');
  if (!lexicon) throw new Error('no English lexicon');
  return findCues(doc.tokens, lexicon).map((c) => `${c.entry.kind} ${text.slice(c.start, c.end)}`);
};

describe('reporting verbs beyond "say" (Quirk et al. §14.31)', () => {
  it('frames the content of reiterate, concede and disclose as the speaker’s', () => {
    for (const verb of ['reiterated', 'conceded', 'disclosed']) {
      const claim = claimAt(`The defence minister ${verb} that the garrison had withdrawn overnight.`, 'garrison');
      expect(claim.span.exact).toBe('the garrison had withdrawn overnight');
      expect(claim.statedCertainty).toBe('OFFICIAL_STATEMENT');
      expect(claim.cues).toContainEqual(expect.objectContaining({ kind: 'ATTRIBUTION_VERB' }));
    }
  });

  it('takes "describe … as" and "read a statement" as attribution cues', () => {
    expect(cuesIn('The spokesman described the figures as inflated.')).toContain('ATTRIBUTION_VERB described');
    expect(cuesIn('An official read a statement on state radio.')).toContain('ATTRIBUTION_VERB read a statement');
  });

  it('leaves "repeat" alone where it is not a verb', () => {
    expect(cuesIn('The village suffered repeated raids.')).not.toContain('ATTRIBUTION_VERB repeated');
  });
});

describe('hedges (Hyland 2005)', () => {
  it('reads "appear" before the state it hedges, not "appear" in court', () => {
    expect(cuesIn('The recruits appear poorly trained.')).toContain('HEDGE appear');
    expect(cuesIn('The recruits appear unmotivated.')).toContain('HEDGE appear');
    expect(cuesIn('The suspects appeared in court on Monday.')).toEqual([]);
  });

  it('makes a speaker’s "it appears" a guess', () => {
    const claim = claimAt(
      '"It appears the gunmen are trying to frighten the villagers," the governor said.',
      'gunmen are trying',
    );
    expect(claim.statedCertainty).toBe('SPECULATION');
    expect(claim.cues).toContainEqual(expect.objectContaining({ kind: 'HEDGE' }));
  });

  it('does not take the deontic "supposed to" for a hedge', () => {
    expect(cuesIn('The convoy was supposed to leave at dawn.')).toEqual([]);
  });
});

describe('negation (FactBank)', () => {
  it('takes lexical negation and ruling out as negation cues', () => {
    expect(cuesIn('Investigators were unable to reach the site.')).toContain('NEGATION unable');
    expect(cuesIn('The army ruled out a ceasefire.')).toContain('NEGATION ruled out');
    expect(cuesIn('The talks failed to produce an agreement.')).toContain('NEGATION failed to');
  });

  it('reads "zero chance" of something as a denial of it', () => {
    const claim = claimAt('The colonel said there was zero chance of civilian casualties.', 'zero chance');
    expect(claim.statedCertainty).toBe('DENIAL');
  });
});

describe('source nouns, vague quantities and evaluative words', () => {
  it('finds the nouns that introduce a source', () => {
    expect(cuesIn('In a telephone interview, the commander gave his account.')).toContain(
      'SOURCING In a telephone interview',
    );
    expect(cuesIn('The rebels rejected the accusations.')).toContain('SOURCING accusations');
    expect(cuesIn('A communiqué issued on Friday gave the figures.')).toContain('SOURCING communiqué');
  });

  it('finds vague quantities, and "only" and "or more" only beside a number', () => {
    expect(cuesIn('Losses were in the hundreds.')).toContain('QUANTIFIER in the hundreds');
    expect(cuesIn('A significant number of troops deserted.')).toContain('QUANTIFIER A significant number of');
    expect(cuesIn('Only one faction signed.')).toContain('QUANTIFIER Only');
    expect(cuesIn('Only the army signed.')).not.toContain('QUANTIFIER Only');
    expect(cuesIn('Twenty or more houses burned.')).toContain('QUANTIFIER or more');
    expect(cuesIn('Will the army do more or more of the same?')).not.toContain('QUANTIFIER or more');
  });

  it('finds judging words rated -2 or lower in AFINN-165, and their adverbs', () => {
    expect(cuesIn('He called them exaggerated claims.')).toContain('EVALUATIVE exaggerated');
    expect(cuesIn('Villagers were killed, tragically, in the raid.')).toContain('EVALUATIVE tragically');
    expect(cuesIn('The district is infested with gunmen.')).toContain('EVALUATIVE infested');
  });
});

describe('title-case headlines', () => {
  it('takes the lemmas of a title-case headline from its lower-case reading', () => {
    const doc = tokenise('US Disputes Reports that Coalition Aircraft Killed Civilians', 'en');
    const disputes = doc.tokens.find((t) => t.text === 'Disputes');
    expect(disputes?.lemma).toBe('dispute');
    expect(disputes?.pos).toBe('PROPN');
  });

  it('leaves a sentence-case line as tagged', () => {
    const doc = tokenise('Officials say Reports Weekly closed.', 'en');
    expect(doc.tokens.find((t) => t.text === 'Reports')?.lemma).toBe('reports');
  });

  it('finds the denial verb of a title-case headline', () => {
    const headline = 'Army Disputes Reports that Rebels Took Town\n\nThe army said on Monday that it held the town.';
    const claim = claimAt(headline, 'Rebels Took Town');
    expect(claim.cues).toContainEqual(expect.objectContaining({ kind: 'NEGATION' }));
    expect(claim.statedCertainty).toBe('DENIAL');
  });
});

describe('evaluatives, quantities, hedging nouns and evidence', () => {
  it('finds judgements of strength and "too" of excess', () => {
    expect(cuesIn('The weak government faced a powerful militia.')).toEqual(
      expect.arrayContaining(['EVALUATIVE weak', 'EVALUATIVE powerful']),
    );
    expect(cuesIn('They moved too early.')).toContain('EVALUATIVE too');
    expect(cuesIn('They too have fled.')).not.toContain('EVALUATIVE too');
  });

  it('finds vague quantities and evidence offered for a claim', () => {
    expect(cuesIn('They hold a large chunk of the city and an undetermined number of prisoners.')).toEqual(
      expect.arrayContaining(['QUANTIFIER a large chunk of', 'QUANTIFIER an undetermined number of']),
    );
    expect(cuesIn('They released a tape as proof that he lives.')).toContain('SOURCING as proof');
  });
});

describe('"said to" before a verb', () => {
  it('reads a headline "Said to…" and a body "are said to be" as unconfirmed reports, "said to reporters" as a frame', () => {
    const head = claimsOf(
      'Army Troops Said to Retake Northern Town\n\nTroops retook the town on Monday, residents said.',
    )[0];
    expect(head?.statedCertainty).toBe('UNCONFIRMED_REPORT');
    expect(claimAt('The shelters are said to be full.', 'shelters').statedCertainty).toBe('UNCONFIRMED_REPORT');
    const framed = claimAt('The minister said to reporters that the border would stay closed.', 'border');
    expect(framed.attribution[0]?.name).toBe('The minister');
  });
});

describe('evaluatives of degree, superlatives, proportions and a negative conjunction', () => {
  it('finds them as cues without a certainty signal', () => {
    expect(cuesIn('The capital is under intense pressure after the worst attack in months.')).toEqual([
      'EVALUATIVE intense',
      'EVALUATIVE worst',
    ]);
    expect(cuesIn('About 600 people, mostly rebels, have been killed.')).toContain('QUANTIFIER mostly');
    expect(cuesIn('The deal does not grant enough political power to the regions, nor enough money.')).toEqual([
      'NEGATION not',
      'QUANTIFIER enough',
      'NEGATION nor',
      'QUANTIFIER enough',
    ]);
    expect(cuesIn('The charges were powerful enough to blow out the door.')).not.toContain('QUANTIFIER enough');
    expect(cuesIn('At least ten arrests took place, sources say.')).toContain('SOURCING sources');
    expect(cuesIn('Kashmir is a disputed territory where the toll is much higher.')).toEqual([
      'EVALUATIVE disputed',
      'QUANTIFIER much',
    ]);
  });
});

describe('an agentless passive of perception or description', () => {
  it('reads "is seen as" and "are being described as" as unconfirmed reports', () => {
    expect(claimAt('The rebellion is seen as a threat to the government.', 'threat').statedCertainty).toBe(
      'UNCONFIRMED_REPORT',
    );
    expect(
      claimAt('The attacks are being described as the worst assault since talks collapsed last year.', 'worst')
        .statedCertainty,
    ).toBe('UNCONFIRMED_REPORT');
  });
});

describe('unnamed sources', () => {
  it('reads "sources said" as a statement by an unnamed source, not an unsourced report (rule 9)', () => {
    const claim = claimAt('Local sources said five soldiers were killed, including a commander.', 'five soldiers');
    expect(claim.span.exact).toBe('five soldiers were killed, including a commander');
    expect(claim.attribution[0]?.role).toBe('UNNAMED_SOURCE');
    expect(claim.statedCertainty).toBe('ATTRIBUTED_STATEMENT');
  });
});

describe('a view marked by "believe" before a clause', () => {
  it('reads "he believes the…" as an opinion (rule 8), not "anything I believe to be…"', () => {
    const text = 'The rebel commander told VOA that he believes the government is trying to expand its territory.';
    expect(claimAt(text, 'expand its territory').statedCertainty).toBe('OPINION');
    expect(cuesIn('I was never asked to do anything I believe to be illegal.')).not.toContain('HEDGE I believe');
  });
});
