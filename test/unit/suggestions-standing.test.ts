import { describe, expect, it } from 'vitest';
import { suggestClaims } from '../../apps/server/src/domain/suggestions/extract.js';

const claimAt = (text: string, words: string) => {
  const claim = suggestClaims(text, { language: 'en' }).find((c) => c.span.exact.includes(words));
  if (!claim) throw new Error(`no claim with "${words}"`);
  return claim;
};
const certainty = (text: string, words: string) => claimAt(text, words).statedCertainty;

describe('background stated as settled', () => {
  it('reads a present-tense description of what something is as background', () => {
    expect(certainty('Goma is a city on the border with Rwanda.', 'Goma is a city')).toBe('ESTABLISHED_FACT');
    expect(certainty('The gang is notorious for kidnappings.', 'The gang is')).toBe('ESTABLISHED_FACT');
    expect(certainty('Peacekeepers are also present in the region.', 'Peacekeepers')).toBe('ESTABLISHED_FACT');
    expect(certainty('The insurgency is supported by many in the provinces.', 'insurgency')).toBe('ESTABLISHED_FACT');
  });

  it('keeps where someone is, or what someone is doing, the text’s own report', () => {
    expect(certainty('The suspect is under police guard in hospital.', 'under police guard')).toBe(
      'ASSERTED_UNATTRIBUTED',
    );
    expect(certainty('Relatives are trying to reach the town.', 'are trying')).toBe('ASSERTED_UNATTRIBUTED');
    expect(certainty('The town is being shelled by the army.', 'being shelled')).toBe('ASSERTED_UNATTRIBUTED');
  });

  it('reads "last year" as background, but not a span "since last year"', () => {
    expect(certainty('Last year, rebels took three towns further south.', 'rebels took')).toBe('ESTABLISHED_FACT');
    expect(certainty('Foreign advisers have operated in the region since last year.', 'advisers')).toBe(
      'ASSERTED_UNATTRIBUTED',
    );
  });
});

describe('the standing of a speaker', () => {
  it('reads a side’s uncued account of what happened as an allegation', () => {
    expect(certainty('Rebels say they took control of the town.', 'took control')).toBe('ALLEGATION');
    expect(certainty('Tamil rebels said government forces have resumed fighting.', 'resumed fighting')).toBe(
      'ALLEGATION',
    );
  });

  it('keeps a side’s report of a toll a statement', () => {
    const text = 'A rebel spokesman said more than 50 people were killed.';
    expect(certainty(text, 'people were killed')).toBe('ATTRIBUTED_STATEMENT');
  });

  it('reads a rebel title set before the name as a side’s, for the surname later too', () => {
    const text =
      'Spokesman for the rebel Union of Forces, Mikaila Nguebla, says the fighters met little resistance. Nguebla said the fighters entered the town at dawn.';
    expect(certainty(text, 'met little resistance')).toBe('ALLEGATION');
    expect(certainty(text, 'entered the town at dawn')).toBe('ALLEGATION');
  });

  it('reads an official title before the name as an authority’s, whatever determiner it holds', () => {
    const text = 'The top government official in that region, Ibrahima Fofana, said the attack happened at dawn.';
    expect(certainty(text, 'the attack happened at dawn')).toBe('OFFICIAL_STATEMENT');
  });

  it('reads troops, forces and a presidential aide as authorities', () => {
    expect(certainty('Philippine troops say they occupied the hills.', 'occupied the hills')).toBe(
      'OFFICIAL_STATEMENT',
    );
    expect(certainty('A top presidential aide said soldiers retook the town.', 'soldiers retook')).toBe(
      'OFFICIAL_STATEMENT',
    );
  });
});

describe('what a speaker states, guesses or denies', () => {
  it('reads a speaker’s own hedge as speculation, but not a modal inside the statement', () => {
    expect(certainty('He says this attack is likely to follow the pattern of earlier ones.', 'likely')).toBe(
      'SPECULATION',
    );
    expect(certainty('The spokesman said it looks like they do not want the accord.', 'do not want')).toBe(
      'SPECULATION',
    );
    expect(certainty('A police spokesman said the strike may have killed civilians.', 'may have killed')).toBe(
      'OFFICIAL_STATEMENT',
    );
  });

  it('reads what a speaker "does not think" as a view', () => {
    expect(certainty('He said he does not think the killings will affect the campaign.', 'the killings')).toBe(
      'OPINION',
    );
  });

  it('does not read "is not in a position to" as a denial', () => {
    const text = 'The government spokesman said the rebel group is not in a position to carry out such an attack.';
    expect(certainty(text, 'not in a position')).toBe('OFFICIAL_STATEMENT');
  });

  it('reads what a speaker did not know or stopped short of saying as unconfirmed', () => {
    expect(certainty('He did not know how many rebels took part.', 'how many rebels')).toBe('ABSENCE_OF_CONFIRMATION');
    const text = 'The government condemned the shooting but stopped short of saying its soldiers were responsible.';
    expect(certainty(text, 'its soldiers were responsible')).toBe('ABSENCE_OF_CONFIRMATION');
  });

  it('reads "it is being investigated whether" as open and "were described as" as an agentless report', () => {
    expect(certainty('It is being investigated whether the bombs were meant for the station.', 'the bombs')).toBe(
      'SPECULATION',
    );
    expect(certainty('Both were described as volatile devices.', 'volatile devices')).toBe('UNCONFIRMED_REPORT');
  });
});

describe('rejecting a proposal', () => {
  it('reports the rejection as the text’s own, with no speaker', () => {
    const claim = claimAt('The government has rejected an appeal by the rebels for a permanent truce.', 'an appeal');
    expect(claim.statedCertainty).toBe('ASSERTED_UNATTRIBUTED');
    expect(claim.attribution).toEqual([]);
  });
});

describe('the standing of a relayed or coordinated speaker', () => {
  it('reads "X cites Y as saying" as Y quoted by X', () => {
    const claim = claimAt(
      'State radio cites the interior ministry as saying no police officers were hurt in the riot.',
      'police officers',
    );
    expect(claim.attribution[0]).toMatchObject({
      role: 'QUOTED_SPEAKER',
      name: 'the interior ministry',
      official: true,
    });
    expect(claim.attribution[1]).toMatchObject({ role: 'REPORTER', name: 'State radio' });
    expect(claim.statedCertainty).toBe('DENIAL');
  });

  it('finds "as saying" after a long quoted speaker', () => {
    const claim = claimAt(
      "The agency quotes the provincial government's security adviser, Omar Hassan Ali, as saying the convoy was ambushed.",
      'convoy',
    );
    expect(claim.attribution[0]).toMatchObject({ role: 'QUOTED_SPEAKER', official: true });
  });

  it('reads a minister of an Islamist movement as a side, not an authority', () => {
    const claim = claimAt(
      "The Islamists' defence minister, Abdi Nur Farah, told reporters that their fighters overran two army posts.",
      'overran',
    );
    expect(claim.attribution[0]?.official).toBe(false);
    expect(claim.statedCertainty).toBe('ALLEGATION');
  });

  it('gives a reporting verb joined by "and" to another predicate the subject before the first verb', () => {
    const claim = claimAt(
      'A group of rebel fighters waved their flags and told reporters that they had taken the bridge.',
      'taken the bridge',
    );
    expect(claim.attribution[0]?.name).toBe('A group of rebel fighters');
    expect(claim.statedCertainty).toBe('ALLEGATION');
  });

  it('reads an unnamed report or outlet as an unconfirmed report, a named author’s report as its statement', () => {
    expect(certainty('Some reports say the commander was wounded in the raid.', 'commander')).toBe(
      'UNCONFIRMED_REPORT',
    );
    expect(certainty('Some foreign media reported that the airport had been closed.', 'airport')).toBe(
      'UNCONFIRMED_REPORT',
    );
    expect(certainty('Police reports said 12 people were injured by the blast.', '12 people')).toBe(
      'OFFICIAL_STATEMENT',
    );
  });

  it('takes the source of a report from the outlet it appeared on', () => {
    const text = 'The denial followed a report on state television that the general had been arrested.';
    const claim = claimAt(text, 'general had been arrested');
    expect(claim.span.exact).toBe('the general had been arrested');
    expect(claim.attribution[0]).toMatchObject({ name: 'state television', official: true });
    expect(claim.statedCertainty).toBe('OFFICIAL_STATEMENT');
    expect(suggestClaims(text, { language: 'en' }).some((c) => c.span.exact.startsWith('The denial'))).toBe(false);
  });

  it('reads what onlookers fear as their opinion, and "fears" with a noun object as no frame', () => {
    const claim = claimAt('Analysts fear the ceasefire could collapse within weeks.', 'ceasefire');
    expect(claim.attribution[0]?.name).toBe('Analysts');
    expect(claim.statedCertainty).toBe('OPINION');
    const plain = claimAt('The city fears the return of the floods this spring.', 'floods');
    expect(plain.attribution).toHaveLength(0);
  });
});

describe('one who speaks for a body', () => {
  it('takes the standing of the body a spokesman speaks for', () => {
    const side = claimAt('A spokesman for the group said its fighters captured two villages.', 'captured');
    expect(side.attribution[0]?.official).toBe(false);
    expect(side.statedCertainty).toBe('ALLEGATION');
    const state = claimAt('A spokesman for the interior ministry said police arrested two men.', 'arrested');
    expect(state.attribution[0]?.official).toBe(true);
    expect(state.statedCertainty).toBe('OFFICIAL_STATEMENT');
  });
});

describe('background by rule 12', () => {
  it('reads what something has in the present, and where it sits, as background', () => {
    expect(certainty('The council has little authority outside the capital.', 'little authority')).toBe(
      'ESTABLISHED_FACT',
    );
    expect(certainty('The town sits 40 kilometers from the border.', 'town sits')).toBe('ESTABLISHED_FACT');
  });

  it('keeps an activity of days or weeks the news', () => {
    expect(certainty('Residents have been fleeing the town for weeks.', 'fleeing')).toBe('ASSERTED_UNATTRIBUTED');
    expect(certainty('The two sides have been fighting since 2004.', 'fighting')).toBe('ESTABLISHED_FACT');
  });
});

describe('intentions by rule 8', () => {
  it('reads a "would" after a verb of announcing, and "we will be" before a place, as a plan', () => {
    expect(certainty('The ministry announced there would be two inquiries into the crash.', 'two inquiries')).toBe(
      'INTENTION',
    );
    expect(certainty('"Tomorrow we will be in the capital," the commander said.', 'we will be')).toBe('INTENTION');
    expect(certainty('The minister said the rebels will be defeated.', 'defeated')).not.toBe('INTENTION');
  });
});

describe('background of place and long duration (rule 12)', () => {
  it('reads a present passive of place, a record of struggle and a span of a decade as background', () => {
    expect(certainty('The district headquarters is situated in a small mountain town.', 'situated')).toBe(
      'ESTABLISHED_FACT',
    );
    expect(certainty('The peacekeeping force has struggled with a weak mandate.', 'struggled')).toBe(
      'ESTABLISHED_FACT',
    );
    expect(certainty('A separatist insurgency has raged in the region for more than a decade.', 'raged')).toBe(
      'ESTABLISHED_FACT',
    );
    expect(certainty('Troops were sent to the district on Sunday.', 'Troops')).toBe('ASSERTED_UNATTRIBUTED');
  });
});

describe('a wish the speaker announces (rule 8)', () => {
  it('reads "we would like to" as an intention', () => {
    const text = '"We would like to fill the jails for the sake of democracy," he said.';
    expect(certainty(text, 'fill the jails')).toBe('INTENTION');
  });
});

describe('likelihood by rule 5', () => {
  it('reads "is expected to" as speculation', () => {
    expect(certainty('The president is expected to win re-election in May.', 'win re-election')).toBe('SPECULATION');
  });
});

describe('a side’s count of victims in the perfect passive (rule 10a)', () => {
  it('reads "have been killed" with no doer as a statement, not an allegation', () => {
    const text =
      'A rebel commander in the region says several civilians have been killed and thousands more displaced.';
    expect(certainty(text, 'several civilians')).toBe('ATTRIBUTED_STATEMENT');
    expect(certainty('A rebel commander says government troops have killed several civilians.', 'several')).toBe(
      'ALLEGATION',
    );
  });
});

describe('military ranks as titles of an authority (rule 9)', () => {
  it('reads a general of a state army as an authority, a rebel general as a side', () => {
    expect(
      certainty('Israeli General Yoav Galant told reporters that an army force crossed the border.', 'crossed'),
    ).toBe('OFFICIAL_STATEMENT');
    expect(certainty('Rebel General Laurent Nkunda said his fighters captured the town.', 'captured')).toBe(
      'ALLEGATION',
    );
  });
});

describe('speakers joined by "and"', () => {
  it('reads a statement that witnesses and officials make together as the authority’s', () => {
    const text = 'Witnesses and government officials said soldiers in the base repulsed the militants.';
    expect(certainty(text, 'repulsed')).toBe('OFFICIAL_STATEMENT');
    expect(certainty('Witnesses and aid workers said soldiers repulsed the militants.', 'repulsed')).toBe(
      'ATTRIBUTED_STATEMENT',
    );
  });
});

describe('"declare" with a noun object', () => {
  it('reads declaring a state of emergency as an act, not a frame; "declared that…" still frames', () => {
    const text = 'About 600 people have been killed since the emergency was declared.';
    expect(claimAt(text, '600 people').attribution).toEqual([]);
    const act = 'In November last year, the government declared a state of emergency.';
    expect(certainty(act, 'state of emergency')).toBe('ESTABLISHED_FACT');
    const framed = claimAt('The governor declared that the town was safe.', 'town was safe');
    expect(framed.attribution[0]?.name).toBe('The governor');
  });
});
