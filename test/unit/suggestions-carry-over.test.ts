import { describe, expect, it } from 'vitest';
import { suggestClaims } from '../../apps/server/src/domain/suggestions/extract.js';

const claimsOf = (text: string) => suggestClaims(text, { language: 'en' });
const claimAt = (text: string, words: string) => {
  const claim = claimsOf(text).find((c) => c.span.exact.includes(words));
  if (!claim) throw new Error(`no claim with "${words}"`);
  return claim;
};

describe('"dispute" as the name of a conflict', () => {
  it('reads a determiner or a name before the noun as a conflict, not a denial', () => {
    const claim = claimAt(
      'The embassy said it urged all parties to resolve the border dispute peacefully.',
      'resolve the border dispute',
    );
    expect(claim.statedCertainty).not.toBe('DENIAL');
    expect(claim.cues.some((c) => c.kind === 'NEGATION')).toBe(false);
    expect(
      claimAt('The fighting began when a dispute started between two units.', 'a dispute started').statedCertainty,
    ).toBe('ASSERTED_UNATTRIBUTED');
  });

  it('still reads the verb as a denial', () => {
    expect(
      claimAt('A senior official disputes a report that 300 people died.', '300 people died').statedCertainty,
    ).toBe('DENIAL');
  });
});

describe('evidence brought in by "there is"', () => {
  it('keeps the minister as the speaker of "there is intelligence confirming…"', () => {
    const claim = claimAt(
      'The interior minister told reporters that there is credible intelligence confirming the commander was killed.',
      'was killed',
    );
    expect(claim.attribution[0]?.name).toBe('The interior minister');
    expect(claim.statedCertainty).toBe('OFFICIAL_STATEMENT');
  });
});

describe('a body named in title case', () => {
  it('reads a name whose head is a word of a body as the body, not as a person', () => {
    const claim = claimAt('The Somali Military said its forces repelled an attack on the base.', 'repelled an attack');
    expect(claim.attribution[0]).toMatchObject({ role: 'ORIGINATOR', name: 'The Somali Military', official: true });
  });

  it('keeps a title before a personal name a person’s', () => {
    const claim = claimAt('Foreign Minister Sergei Lavrov said the talks had failed.', 'talks had failed');
    expect(claim.attribution[0]).toMatchObject({ role: 'QUOTED_SPEAKER', official: true });
  });

  it('reads a military command as an authority, its speaker starting after "as"', () => {
    const claim = claimAt(
      'It also comes as U.S. Africa Command said it had conducted a strike against the militants.',
      'conducted a strike',
    );
    expect(claim.attribution[0]).toMatchObject({ role: 'ORIGINATOR', name: 'U.S. Africa Command', official: true });
    expect(claim.statedCertainty).toBe('OFFICIAL_STATEMENT');
  });
});

describe('approximators and likelihood by lexicon', () => {
  it('reads "as many as" as an approximate figure, not an estimate (rule 8 marks estimates by "estimate")', () => {
    const claim = claimAt('Police said as many as 12 people were killed in the clashes.', 'as many as 12');
    expect(claim.statedCertainty).toBe('OFFICIAL_STATEMENT');
    expect(claim.cues.some((c) => c.kind === 'QUANTIFIER')).toBe(true);
  });

  it('reads a predicate "is possible" as likelihood, as "possibly" is (rule 5)', () => {
    expect(claimAt('"This is possible," the analyst said.', 'This is possible').statedCertainty).toBe('SPECULATION');
    expect(
      claimAt('It is not possible to verify the claims, the agency said.', 'possible to verify').statedCertainty,
    ).not.toBe('SPECULATION');
  });
});

describe('a speaker quoted by an outlet inside the subject', () => {
  it('reads "X quoted by Y confirmed…" as X relayed by Y, framed by the sentence’s own verb', () => {
    const claim = claimAt(
      'Military officials quoted by French media confirmed the town had been seized.',
      'the town had been seized',
    );
    expect(claim.attribution[0]).toMatchObject({ role: 'ORIGINATOR', name: 'Military officials', official: true });
    expect(claim.attribution[1]).toMatchObject({ role: 'REPORTER', name: 'French media' });
    expect(claim.statedCertainty).toBe('OFFICIAL_STATEMENT');
  });
});

describe('an agentless passive of suspicion', () => {
  it('reads "is suspected of" as an unconfirmed report, and "a suspected strike" as no report', () => {
    expect(
      claimAt('The United States is suspected of carrying out the drone strikes.', 'suspected of').statedCertainty,
    ).toBe('UNCONFIRMED_REPORT');
    expect(
      claimAt('Officials said a suspected drone strike killed four militants.', 'killed four').statedCertainty,
    ).toBe('OFFICIAL_STATEMENT');
  });
});

describe('a side’s account that an authority confirms (rule 10b)', () => {
  const text = [
    'Rebels in the north say they have captured a second town near the border.',
    'Military officials confirmed the town had been seized.',
  ].join(' ');

  it('reads the side’s claim of the event an authority confirms as its statement, not an allegation', () => {
    expect(claimAt(text, 'captured a second town').statedCertainty).toBe('ATTRIBUTED_STATEMENT');
    expect(claimAt(text, 'the town had been seized').statedCertainty).toBe('OFFICIAL_STATEMENT');
  });

  it('keeps the side’s account an allegation when no authority confirms it', () => {
    const alone = 'Rebels in the north say they have captured a second town near the border.';
    expect(claimAt(alone, 'captured a second town').statedCertainty).toBe('ALLEGATION');
  });
});

describe('a verb of verifying after a negative determiner', () => {
  it('reads "there was no way to confirm…" as missing confirmation (rule 3)', () => {
    expect(
      claimAt('There was no way to confirm the authenticity of the statement.', 'no way to confirm').statedCertainty,
    ).toBe('ABSENCE_OF_CONFIRMATION');
  });
});

describe('a quotation introduced by a reporting verb with no complement', () => {
  it('gives the quotation the verb’s subject as speaker and the outlet after "to" as reporter', () => {
    const text =
      'Ahmed Ali Farah, a police officer, described the incident to Reuters; "the clashes came after soldiers tried to rob a car."';
    const claim = claimAt(text, 'the clashes came after');
    expect(claim.attribution[0]).toMatchObject({ role: 'QUOTED_SPEAKER', official: true });
    expect(claim.attribution[0]?.name).toContain('Farah');
    expect(claim.attribution[1]).toMatchObject({ role: 'REPORTER', name: 'Reuters' });
  });

  it('leaves a quotation after a clause without a reporting verb unattributed', () => {
    const text =
      'Ahmed Ali Farah, a police officer, visited the scene; "the clashes came after soldiers tried to rob a car."';
    expect(claimAt(text, 'the clashes came after').attribution).toHaveLength(0);
  });
});

describe('a label in quotation marks', () => {
  it('reads "X called Y "Z"" as X’s statement of the object and its label', () => {
    const claim = claimAt('The interior minister called the protesters "bandits" on Wednesday.', 'bandits');
    expect(claim.span.exact).toBe('the protesters "bandits"');
    expect(claim.attribution[0]).toMatchObject({ name: 'The interior minister', official: true });
    expect(claim.statedCertainty).toBe('OFFICIAL_STATEMENT');
  });

  it('leaves a label inside another predicate ("what he called a…") and a pronoun subject to the sentence', () => {
    const claim = claimAt('Rebels carried out what he called a "brilliant attack" on the base.', 'brilliant');
    expect(claim.span.exact.startsWith('Rebels carried out')).toBe(true);
    expect(claimAt('It described the losses as "minimal" and gave no details.', 'minimal').span.exact).toContain(
      'It described',
    );
  });
});
