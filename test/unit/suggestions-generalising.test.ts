import { describe, expect, it } from 'vitest';
import { suggestClaims } from '../../apps/server/src/domain/suggestions/extract.js';

const claimsOf = (text: string) => suggestClaims(text, { language: 'en' });
const claimAt = (text: string, words: string) => {
  const claim = claimsOf(text).find((c) => c.span.exact.includes(words));
  if (!claim) throw new Error(`no claim with "${words}"`);
  return claim;
};

// A story of the usual shape: the day's events first, background after the middle.
const story = [
  'Gunmen Attack Market in Northern Town',
  'Gunmen have attacked a market in the northern town of Karo, killing four traders on Tuesday.',
  'Police said the attackers fled on motorcycles after the raid.',
  'Residents said shops were burned and many families left the town.',
  'The region lies near the border with two neighbouring states.',
  'The militia has fought the government over grazing land and water rights.',
  'Rival groups have attacked villages and markets across the province.',
  'Troops have patrolled the main roads in recent weeks.',
].join('\n\n');

describe('background in the later part of a story', () => {
  it('reads an undated present perfect after the middle of the story as background', () => {
    expect(claimAt(story, 'Rival groups have attacked villages').statedCertainty).toBe('ESTABLISHED_FACT');
  });

  it('keeps a present perfect near the top as the news', () => {
    expect(claimAt(story, 'Gunmen have attacked a market').statedCertainty).toBe('ASSERTED_UNATTRIBUTED');
  });

  it('keeps a late present perfect dated to recent weeks as the news', () => {
    expect(claimAt(story, 'Troops have patrolled').statedCertainty).toBe('ASSERTED_UNATTRIBUTED');
  });
});

describe('number ranges as lexicon patterns', () => {
  it('finds a range between two numbers, a span "to", and alternative counts as quantifiers', () => {
    const exactOf = (text: string) =>
      claimsOf(text).flatMap((c) => c.cues.filter((q) => q.kind === 'QUANTIFIER').map((q) => q.exact));
    expect(exactOf('Between 12 and 15 soldiers were killed in the ambush.')).toContain('Between 12 and 15');
    expect(exactOf('The fighting killed 40 to 60 people in the valley.')).toContain('40 to 60');
    expect(exactOf('Two or three houses were burned in the raid.')).toContain('Two or three');
    expect(exactOf('Dozens were wounded in the blast on Sunday.')).toContain('Dozens');
  });
});

describe('missing confirmation from a negated verb of verifying', () => {
  it('reads "could not independently verify" and "not been able to count" as missing confirmation', () => {
    expect(claimAt('Reporters could not independently verify the rebel account.', 'verify').statedCertainty).toBe(
      'ABSENCE_OF_CONFIRMATION',
    );
    expect(
      claimAt('"We have not been able to count the dead," the mayor said.', 'count the dead').statedCertainty,
    ).toBe('ABSENCE_OF_CONFIRMATION');
  });

  it('leaves a negated verb of another kind to the rules that follow', () => {
    expect(claimAt('The army said its troops did not fire on the crowd.', 'did not fire').statedCertainty).not.toBe(
      'ABSENCE_OF_CONFIRMATION',
    );
  });
});

describe('charging a party with breaking an agreement', () => {
  it('reads an authority saying a side breached an accord as an allegation', () => {
    const claim = claimAt(
      'The interior minister said the militia’s raids are a breach of the ceasefire accord.',
      'breach of the ceasefire',
    );
    expect(claim.statedCertainty).toBe('ALLEGATION');
  });

  it('does not read a negated breach as a charge', () => {
    const claim = claimAt('"Our forces have not violated the truce," an army spokesman said.', 'violated the truce');
    expect(claim.statedCertainty).not.toBe('ALLEGATION');
  });
});

describe('an unsourced report by adverb', () => {
  it('reads "reportedly" before a noun as an unconfirmed report, not as the topic of the claim', () => {
    const claim = claimAt('Most of the dead were reportedly members of a local militia.', 'reportedly members');
    expect(claim.statedCertainty).toBe('UNCONFIRMED_REPORT');
  });
});

describe('a toll in a relative clause', () => {
  it('proposes the toll of "…clashes that killed at least four people" as a claim of its own', () => {
    const claims = claimsOf('Residents fled after two days of clashes that killed at least four people in the market.');
    expect(
      claims.some(
        (c) => c.span.exact.startsWith('that killed at least four') || c.span.exact.startsWith('killed at least four'),
      ),
    ).toBe(true);
  });

  it('keeps a relative clause without a toll inside its sentence', () => {
    const claims = claimsOf('Residents fled after two days of clashes that shook the market.');
    expect(claims).toHaveLength(1);
  });
});

describe('a ranking of the news against a record', () => {
  it('keeps "the deadliest … since …" and "the second … in 2020" as the text’s own report', () => {
    expect(
      claimAt('It was the deadliest attack on the town since the war ended in 2009.', 'deadliest').statedCertainty,
    ).toBe('ASSERTED_UNATTRIBUTED');
    expect(claimAt('It is the third such raid in the province in 2021.', 'third').statedCertainty).toBe(
      'ASSERTED_UNATTRIBUTED',
    );
  });

  it('still reads an episode dated by its year as background', () => {
    expect(claimAt('The rebels seized the port in 2019.', 'seized the port').statedCertainty).toBe('ESTABLISHED_FACT');
  });
});

describe('a refusal bound to a condition', () => {
  it('reads "will not … until …" as a pledge, and a bare "will not" as no plan', () => {
    expect(
      claimAt('The union said its members will not return to work until wages are paid.', 'will not return')
        .statedCertainty,
    ).toBe('INTENTION');
    expect(claimAt('The union said its members will not return to work.', 'will not return').statedCertainty).not.toBe(
      'INTENTION',
    );
  });
});
