import { describe, expect, it } from 'vitest';
import { suggestClaims } from '../../apps/server/src/domain/suggestions/extract.js';

const claimsOf = (text: string) => suggestClaims(text, { language: 'en' });
const claimAt = (text: string, words: string) => {
  const claim = claimsOf(text).find((c) => c.span.exact.includes(words));
  if (!claim) throw new Error(`no claim with "${words}"`);
  return claim;
};

describe('a full name in apposition with its title', () => {
  it('makes the surname alone an authority’s speaker when the title after the name is official', () => {
    const text =
      'Anna Kovacs, a spokeswoman for the defence ministry, rejected the report. "The convoy carried food," Kovacs said.';
    const claim = claimAt(text, 'The convoy carried food');
    expect(claim.statedCertainty).toBe('OFFICIAL_STATEMENT');
    expect(claim.attribution[0]).toMatchObject({ role: 'QUOTED_SPEAKER', official: true });
  });

  it('makes the surname alone a side’s speaker when the title before the name names a rebel group', () => {
    const text =
      'But a spokesman for one of the rebel groups, Omar Haddad, rejected the account. He says the army fled the town.';
    const claim = claimAt(text, 'the army fled the town');
    expect(claim.statedCertainty).toBe('ALLEGATION');
  });
});

describe('a name after a speaker title', () => {
  it('knows every surname word and a hyphenated particle ("Ibrahim al-Hilu" … "al-Hilu said")', () => {
    const text = 'Liberation Army Commander Ibrahim al-Hilu spoke by phone. "Our forces took the hill," al-Hilu said.';
    const claim = claimAt(text, 'Our forces took the hill');
    expect(claim.attribution[0]?.role).toBe('QUOTED_SPEAKER');
    expect(claim.statedCertainty).toBe('ALLEGATION');
  });

  it('knows a middle name as the person’s ("James Gadet Dak" … "Gadet said")', () => {
    const text = 'Opposition spokesman James Gadet Dak spoke on Monday. "We crossed the river at dawn," Gadet said.';
    expect(claimAt(text, 'We crossed the river').attribution[0]?.role).toBe('QUOTED_SPEAKER');
  });

  it('reads a spokesman for an insurgency as a side, not an authority', () => {
    const text =
      'A spokesman for the insurgency, Karim Sadiq, claimed that residents were killed by the second strike.';
    const claim = claimAt(text, 'residents were killed');
    expect(claim.attribution[0]?.official).toBe(false);
    expect(claim.statedCertainty).toBe('ALLEGATION');
  });
});

describe('an acronym defined after a name', () => {
  it('stands for a side named by the full name, and "read a statement by" names the speaker after it', () => {
    const text =
      'The Western Hills Liberation Front (WHLF) began an offensive on Monday. "Our fighters took three villages," read a statement by the WHLF.';
    const claim = claimAt(text, 'Our fighters took three villages');
    expect(claim.attribution[0]?.name).toContain('WHLF');
    expect(claim.statedCertainty).toBe('ALLEGATION');
  });
});

describe('frames and background', () => {
  it('does not take a preposition before a reporting verb in -ing for its speaker', () => {
    const claims = claimsOf(
      'But rebels charge the government has repeatedly bombed their meetings, despite vowing to give them time to negotiate.',
    );
    for (const claim of claims) expect(claim.attribution.map((h) => h.name)).not.toContain('despite');
  });

  it('reads a long span ("for several months") as settled background', () => {
    const claim = claimAt('For several months, the two factions have held talks in the capital.', 'factions');
    expect(claim.statedCertainty).toBe('ESTABLISHED_FACT');
  });
});
