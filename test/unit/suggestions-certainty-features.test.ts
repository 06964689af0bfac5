import { describe, expect, it } from 'vitest';
import { claimsWithFeatures } from '../../apps/server/src/domain/suggestions/extract.js';

const featuresOf = (text: string, words: string) => {
  const read = claimsWithFeatures(text, { language: 'en' }).find((r) => r.claim.span.exact.includes(words));
  if (!read) throw new Error(`no claim with "${words}"`);
  return read.features;
};
const names = (text: string, words: string) => Object.keys(featuresOf(text, words));

describe('the features of a claim for a model of stated certainty', () => {
  it('names what the rules decided, by which rule, and the signals found', () => {
    const f = names('Rebels say they took control of the town.', 'took control');
    expect(f).toContain('rule=ALLEGATION');
    expect(f).toContain('path=side-account');
    expect(f).toContain('speaker=side');
    expect(f).toContain('cue-frame:ATTRIBUTION_VERB');
    expect(f).not.toContain('cue-claim:ATTRIBUTION_VERB');
  });

  it('reads a denial cue as a signal and a cue class of the frame', () => {
    const f = names('The army denied that its soldiers had shelled the market.', 'shelled the market');
    expect(f).toContain('rule=DENIAL');
    expect(f).toContain('path=signal');
    expect(f).toContain('signal:DENIAL');
    expect(f).toContain('speaker=authority');
  });

  it('marks the speaker’s kind, a passive toll, a number and the tense', () => {
    const f = names('The defence ministry said 12 soldiers were killed.', 'soldiers were killed');
    expect(f).toContain('speaker=authority');
    expect(f).toContain('passive');
    expect(f).toContain('number');
    expect(f).toContain('verb:past');
  });

  it('marks the headline, the lead and later paragraphs apart', () => {
    const text =
      'Rebels Seize Border Town\n\nRebels seized a border town on Monday.\n\nThe town lies 40 kilometres from the capital.\n\nThe army has fought the rebels since 2004.';
    expect(names(text, 'Rebels Seize')).toContain('headline');
    expect(names(text, 'seized a border town')).toContain('paragraph=lead');
    expect(names(text, 'The town lies')).toContain('paragraph=2');
    const late = names(text, 'has fought');
    expect(late).toContain('paragraph=3+');
    expect(late).toContain('year');
    expect(late).toContain('perfect');
    expect(late).toContain('speaker=none');
  });

  it('marks a quotation, the first person, a modal and a negation', () => {
    const f = names('"We will not leave the town," the commander said.', 'leave the town');
    expect(f).toContain('quoted');
    expect(f).toContain('first-person');
    expect(f).toContain('modal:will');
    expect(f).toContain('negation');
  });

  it('gives every feature the value 1 and is the same on every reading', () => {
    const text = 'Witnesses said the blast probably came from a car bomb on Tuesday.';
    const once = featuresOf(text, 'blast');
    expect(Object.values(once).every((v) => v === 1)).toBe(true);
    expect(featuresOf(text, 'blast')).toEqual(once);
  });
});
