import { describe, expect, it } from 'vitest';
import { suggestClaims } from '../../apps/server/src/domain/suggestions/extract.js';

const claimAt = (text: string, words: string) => {
  const claim = suggestClaims(text, { language: 'en' }).find((c) => c.span.exact.includes(words));
  if (!claim) throw new Error(`no claim with "${words}"`);
  return claim;
};
const certainty = (text: string, words: string) => claimAt(text, words).statedCertainty;

describe('the standing of a speaker', () => {
  it('reads the government as an authority even when rebels are named earlier in the sentence', () => {
    const text =
      'As fighting between government and rebel forces continues in and around the Burundi capital, Bujumbura, the government says it has pushed the rebels away from the capital.';
    expect(certainty(text, 'it has pushed the rebels away')).toBe('OFFICIAL_STATEMENT');
  });

  it('still reads a rebel spokesman as a party', () => {
    const text = 'A rebel spokesman said the fighting would continue.';
    expect(certainty(text, 'the fighting would continue')).toBe('ATTRIBUTED_STATEMENT');
  });

  it('reads the chief of a cabinet as an official', () => {
    const text =
      "The chief of Burundi's cabinet, Bonaventure Gashikanyi, told VOA that government troops were using helicopter gunships to push back the rebels.";
    expect(certainty(text, 'government troops were using helicopter gunships')).toBe('OFFICIAL_STATEMENT');
  });
});

describe('denial by a negated "be"', () => {
  it('denies what the claim names', () => {
    expect(certainty('Mr. Hakimana said the two groups are not working together.', 'not working together')).toBe(
      'DENIAL',
    );
    expect(certainty('He says his fighters have not been pushed out of Bujumbura.', 'have not been pushed out')).toBe(
      'DENIAL',
    );
    expect(
      certainty('Spokesman Idrissa Traore told VOA the army is not responsible for the killings.', 'not responsible'),
    ).toBe('DENIAL');
  });

  it('leaves a negated lexical verb a statement', () => {
    expect(certainty('The senators said they did not feel pressured by the president.', 'did not feel')).toBe(
      'ATTRIBUTED_STATEMENT',
    );
  });

  it('reads "not known" and "did not say" as absence of confirmation, and "unfounded" as denial', () => {
    expect(certainty('He said casualty figures were not known.', 'casualty figures')).toBe('ABSENCE_OF_CONFIRMATION');
    expect(
      certainty('A spokesman for Iran said the accusations were unfounded.', 'the accusations were unfounded'),
    ).toBe('DENIAL');
  });
});

describe('a party reporting a capture', () => {
  it('alleges when a party speaks of a capture', () => {
    const text =
      'A spokesman for the opposition fighters said rebels have captured another town in oil-producing Unity state.';
    expect(certainty(text, 'have captured another town')).toBe('ALLEGATION');
  });

  it('is an official statement when an authority does', () => {
    const text = 'The army said troops have captured another town in the north.';
    expect(certainty(text, 'have captured another town')).toBe('OFFICIAL_STATEMENT');
  });
});

describe('plans and predictions', () => {
  it('does not read "will not" or "will be" as a plan', () => {
    expect(
      certainty('The rebel spokesman said we will not allow them to attack us.', 'we will not allow them'),
    ).not.toBe('INTENTION');
    expect(certainty('A rebel commander said they will be eliminated gradually.', 'they will be eliminated')).not.toBe(
      'INTENTION',
    );
  });

  it('still reads "will" before a verb as a plan', () => {
    expect(certainty('The rebel spokesman said the group will continue to fight.', 'will continue to fight')).toBe(
      'INTENTION',
    );
  });
});

describe('background the text treats as settled', () => {
  it('reads a past event dated by its month as background', () => {
    const text = "Mali's army lost control of the north to Tuareg separatists and Islamist militants in April.";
    expect(certainty(text, 'lost control of the north')).toBe('ESTABLISHED_FACT');
  });

  it('keeps an event dated by its weekday the text’s own report', () => {
    const text = 'The preachers were killed late Saturday in the central Malian town of Diabaly.';
    expect(certainty(text, 'were killed late Saturday')).toBe('ASSERTED_UNATTRIBUTED');
  });

  it('reads a relative clause describing a named place as background, not one with a modal', () => {
    const text =
      "Traore said he does not think the killings will affect the army's effort to recapture northern Mali, which is under the control of Islamist militant groups.";
    expect(certainty(text, 'which is under the control')).toBe('ESTABLISHED_FACT');
    const ahead =
      'Beijing is planning to send troops to Syria, an extraordinary move which would mark the first deployment of Chinese troops in the Middle East.';
    expect(certainty(ahead, 'which would mark the first deployment')).toBe('ASSERTED_UNATTRIBUTED');
  });
});

describe('rejecting a proposal', () => {
  it('does not read the rejection of an appeal as a denial', () => {
    const text = 'The government has rejected an appeal by the rebels for a permanent truce.';
    expect(certainty(text, 'an appeal by the rebels')).not.toBe('DENIAL');
  });

  it('still reads the rejection of a report as a denial', () => {
    const text = 'The military rejected reports that troops had fired into the zone.';
    expect(certainty(text, 'troops had fired into the zone')).toBe('DENIAL');
  });
});

describe('"charge" and "denounce" as frames', () => {
  it('reads "charged that" as an allegation', () => {
    const text =
      'At a news conference Saturday in Baghdad, the information minister charged that U-S bombing overnight in Baghdad caused more than a hundred casualties.';
    expect(certainty(text, 'U-S bombing overnight')).toBe('ALLEGATION');
  });

  it('reads charges denounced as propaganda as denied, and the next "he said" as the same official', () => {
    const text =
      "Iraq's information minister, Mohammed Saeed al-Sahaf, denounced as cheap propaganda charges by U-S and British officials that Iraqi soldiers are dressing as civilians. He said Iraqi civilians are defending themselves.";
    expect(certainty(text, 'Iraqi soldiers are dressing as civilians')).toBe('DENIAL');
    expect(certainty(text, 'Iraqi civilians are defending themselves')).toBe('OFFICIAL_STATEMENT');
  });

  it('does not read the noun "charges" as a frame', () => {
    const text = 'Police said the charges against the three men were dropped on Monday.';
    expect(certainty(text, 'the charges against the three men')).toBe('OFFICIAL_STATEMENT');
  });
});

describe('a broadcast script’s actuality', () => {
  const script = [
    "Iraq's information minister, Mohammed Saeed al-Sahaf, said Iraqi civilians are defending themselves.",
    '/// SAHAF ACT ///',
    'There is no Iraqi military disguising himself. Those are Iraqi civilians fighting against those mercenaries.',
    '/// END ACT ///',
    'U-S bombing overnight in Baghdad caused more than a hundred casualties.',
  ].join('\n\n');

  it('gives the words between the markers to the speaker it names, official by the title given earlier', () => {
    const denial = claimAt(script, 'There is no Iraqi military');
    expect(denial.attribution.map((h) => [h.role, h.name])).toEqual([['QUOTED_SPEAKER', 'SAHAF']]);
    expect(denial.statedCertainty).toBe('DENIAL');
    expect(certainty(script, 'Those are Iraqi civilians')).toBe('OFFICIAL_STATEMENT');
  });

  it('ends at the closing marker', () => {
    const after = claimAt(script, 'U-S bombing overnight');
    expect(after.attribution).toEqual([]);
    expect(after.statedCertainty).toBe('ASSERTED_UNATTRIBUTED');
  });
});

describe('more background and the idiom "to blame"', () => {
  it('reads "in mid-April" and a "where" clause on a named place as background', () => {
    expect(
      certainty(
        'Boko Haram is still holding more than 200 schoolgirls it kidnapped from a school in Borno state in mid-April.',
        'still holding more than 200 schoolgirls',
      ),
    ).toBe('ESTABLISHED_FACT');
    const text =
      'The military denied reports of firing into the narrow strip in the northeast of the country, where the army is in the last stages of a campaign to defeat the Tamil Tiger rebels.';
    expect(certainty(text, 'the army is in the last stages')).toBe('ESTABLISHED_FACT');
  });

  it('reads "was to blame" said by an army spokesman as the army’s statement, "blamed" by a party as an allegation', () => {
    expect(
      certainty(
        'A Malian army spokesman said a lone soldier was to blame for the killing of 16 Islamic preachers.',
        'a lone soldier was to blame',
      ),
    ).toBe('OFFICIAL_STATEMENT');
    expect(certainty('The rebels blamed the army for the killing of 16 Islamic preachers.', 'the killing of 16')).toBe(
      'ALLEGATION',
    );
  });
});

describe('a headline naming the lead’s event by another word of attack', () => {
  it('takes the certainty of the lead that tells the same attack', () => {
    const text =
      'Suicide Bombers Raid Government Office\n\nAuthorities say an attack on a government building in the east has killed 15 people.';
    expect(suggestClaims(text, { language: 'en' })[0]?.statedCertainty).toBe('OFFICIAL_STATEMENT');
  });
});
