import { describe, expect, it } from 'vitest';
import { suggestClaims } from '../../apps/server/src/domain/suggestions/extract.js';

const claimsOf = (text: string) => suggestClaims(text, { language: 'en' });
const claimAt = (text: string, words: string) => {
  const claim = claimsOf(text).find((c) => c.span.exact.includes(words));
  if (!claim) throw new Error(`no claim with "${words}"`);
  return claim;
};

describe('stated certainty read by scope', () => {
  it('reads the month May as a date, and the modal may as a hedge', () => {
    // An episode dated by its month is background (the guide's rule 12).
    const month = claimAt('Attacks in May came within 25 kilometers of the capital.', 'Attacks in May');
    expect(month.statedCertainty).toBe('ESTABLISHED_FACT');
    expect(month.cues.map((c) => c.kind)).not.toContain('HEDGE');
    const modal = claimAt('The rebels may attack the capital.', 'may attack');
    expect(modal.statedCertainty).toBe('SPECULATION');
  });

  it('makes "there was no attack" a denial but "there is no basis to…" a statement', () => {
    expect(claimAt('The spokesman said there was no attack.', 'no attack').statedCertainty).toBe('DENIAL');
    expect(claimAt('The minister said there is no basis to invoke the amendment.', 'no basis').statedCertainty).toBe(
      'OFFICIAL_STATEMENT',
    );
  });

  it('reads a speaker who calls reports rumours as denying them', () => {
    const claim = claimAt('The junta called reports of civilian deaths “rumors.”', 'reports of civilian deaths');
    expect(claim.statedCertainty).toBe('DENIAL');
  });

  it('takes the official quoted inside a press report, not the report, as the claim’s source', () => {
    const claim = claimAt(
      'Press reports on Thursday quoted Defense Minister Daniel Chea as saying his forces were in control of the town.',
      'his forces were in control',
    );
    expect(claim.statedCertainty).toBe('OFFICIAL_STATEMENT');
    expect(claim.attribution.map((h) => h.role)).toEqual(['QUOTED_SPEAKER', 'REPORTER']);
  });
});

describe('speakers named after a quotation', () => {
  const text =
    '“I have been in contact with the security chiefs. There is no information to confirm the killing,” said Hani al-Qawasmi, Palestinian Interior Minister. “No party has said it is holding the journalist,” said Qawasmi.';

  it('gives every sentence of the quotation the speaker named where it closes, official by the title after the name', () => {
    const first = claimAt(text, 'I have been in contact');
    expect(first.statedCertainty).toBe('OFFICIAL_STATEMENT');
    expect(first.attribution[0]).toMatchObject({ role: 'QUOTED_SPEAKER', name: 'Hani al-Qawasmi', official: true });
    expect(claimAt(text, 'no information to confirm').statedCertainty).toBe('ABSENCE_OF_CONFIRMATION');
  });

  it('knows the surname alone as the same official person', () => {
    const later = claimAt(text, 'No party has said');
    expect(later.statedCertainty).toBe('ABSENCE_OF_CONFIRMATION');
    expect(later.attribution[0]).toMatchObject({ role: 'QUOTED_SPEAKER', name: 'Qawasmi', official: true });
  });

  it('takes the subject, not the object, of a denial verb as the one who denies', () => {
    const claim = claimAt('However, interior ministry sources have disputed the claims.', 'disputed the claims');
    expect(claim.statedCertainty).toBe('DENIAL');
    expect(claim.attribution[0]?.name).toBe('interior ministry sources');
  });
});

describe('denials, concessions and an authority’s claims', () => {
  it('reads a negative subject of a passive event as a denial, of a reporting verb as nothing said yet', () => {
    const denial = claimAt(
      'A military spokesman said no new air strikes were carried out in North Waziristan.',
      'no new air strikes',
    );
    expect(denial.statedCertainty).toBe('DENIAL');
    const text =
      '“No party has said it is holding the journalist,” said Hani al-Qawasmi, Palestinian Interior Minister.';
    expect(claimAt(text, 'No party has said').statedCertainty).toBe('ABSENCE_OF_CONFIRMATION');
  });

  it('reads "not true" as a denial', () => {
    const claim = claimAt('A military spokesman told VOA the report was "not true."', 'the report was');
    expect(claim.statedCertainty).toBe('DENIAL');
  });

  it('reads a negated denial verb as a concession, not a denial', () => {
    const claim = claimAt(
      'The minister said the government does not deny many civilians were killed in the fighting.',
      'many civilians were killed',
    );
    expect(claim.statedCertainty).toBe('OFFICIAL_STATEMENT');
  });

  it('reads an authority’s claim as its statement and a party’s claim as an allegation', () => {
    const ministry = claimAt(
      'In a prepared statement, the federal Ministry of Information claimed that all the attacks were repelled.',
      'all the attacks were repelled',
    );
    expect(ministry.statedCertainty).toBe('OFFICIAL_STATEMENT');
    const rebels = claimAt('The rebel group claimed that its fighters overran the bases.', 'overran the bases');
    expect(rebels.statedCertainty).toBe('ALLEGATION');
  });

  it('takes "he" after "…told VOA Somali" as the speaker, not the outlet', () => {
    const text =
      'Spokesperson for the regional forces Major Mohamed Farah Dahir told VOA Somali that 135 militants were killed. He said at least six militants were captured alive.';
    const claim = claimAt(text, 'six militants were captured');
    expect(claim.statedCertainty).toBe('OFFICIAL_STATEMENT');
    expect(claim.attribution[0]).toMatchObject({
      name: 'Spokesperson for the regional forces Major Mohamed Farah Dahir',
    });
  });
});

describe('speakers joined by "and"', () => {
  it('makes two hops of two speakers, but keeps a name with "and" inside it whole', () => {
    const two = claimAt(
      'Both the rebels and the government blame each other for the murder of civilians.',
      'each other',
    );
    expect(two.attribution.map((h) => h.name)).toEqual(['the rebels', 'the government']);
    const one = claimAt(
      'Liberians United for Reconciliation and Democracy said they remain in control of Voinjama.',
      'remain in control',
    );
    expect(one.attribution.map((h) => h.name)).toEqual(['Liberians United for Reconciliation and Democracy']);
  });
});

describe('reports of reports, and verbs the tagger reads as nouns', () => {
  it('reads a verb in -s after a noun and before a determiner or "that" as the verb', () => {
    const disputed = claimAt(
      'A top Somali official disputes a report that more than 1,000 people were killed during recent fighting.',
      'people were killed',
    );
    expect(disputed.attribution.map((h) => h.name)).toEqual(['A top Somali official']);
    const estimate = claimAt('The agency estimates that about 128,000 Somalis have left Mogadishu.', 'Somalis');
    expect(estimate.attribution.map((h) => h.name)).toEqual(['The agency']);
  });

  it('takes the name after "tells" without "that" as the outlet told', () => {
    const claim = claimAt(
      'A spokeswoman, Catherine Weibel, tells VOA the poor security situation makes it impossible to airlift supplies.',
      'poor security situation',
    );
    expect(claim.span.exact.startsWith('the poor security situation')).toBe(true);
    expect(claim.attribution.map((h) => [h.role, h.name])).toEqual([
      ['QUOTED_SPEAKER', 'Catherine Weibel'],
      ['REPORTER', 'VOA'],
    ]);
  });

  it('takes neither a negated verb nor the speaker’s own words as a report of a report', () => {
    const text =
      'Interior Minister Mohamud Guled spoke Thursday. He said the government does not deny many civilians were killed in the fighting. But he said he rejects efforts to fabricate what does not exist.';
    expect(claimAt(text, 'many civilians').attribution.map((h) => h.name)).toEqual(['He']);
    expect(claimAt(text, 'efforts to fabricate').attribution).toHaveLength(1);
  });
});

describe('beliefs and views', () => {
  it('reads an agentless "believed to be" as an unconfirmed report, not speculation', () => {
    const claim = claimAt(
      'A third group of attackers believed to be from the government side also joined into the attacks.',
      'A third group',
    );
    expect(claim.statedCertainty).toBe('UNCONFIRMED_REPORT');
  });

  it('reads "I think" framing a speaker’s words as an opinion', () => {
    const claim = claimAt(
      '"I think it is time for the international community to put pressure on the government," he said.',
      'it is time',
    );
    expect(claim.statedCertainty).toBe('OPINION');
  });

  it('finds a statement as sourcing when adjectives stand in the phrase', () => {
    const claim = claimAt(
      'In a prepared statement, the federal Ministry of Information said that all the attacks were repelled.',
      'attacks were repelled',
    );
    expect(claim.cues.map((c) => `${c.kind} ${c.exact}`)).toContain('SOURCING statement');
  });
});

describe('estimates', () => {
  it('reads a speaker’s estimate as an estimate, and an approximate toll as the speaker’s statement', () => {
    const estimate = claimAt(
      'The agency estimates that about 128,000 Somalis have left Mogadishu since the start of February.',
      '128,000 Somalis',
    );
    expect(estimate.statedCertainty).toBe('ESTIMATE');
    const toll = claimAt('A local aid worker says about 80 people were killed in the attack.', '80 people were killed');
    expect(toll.statedCertainty).toBe('ATTRIBUTED_STATEMENT');
  });
});

describe('background the text treats as settled', () => {
  it('reads a time well before the news and the factive "known" as established fact', () => {
    const missing = claimAt(
      'Alan Johnston is a BBC journalist who went missing in Gaza five weeks ago.',
      'went missing',
    );
    expect(missing.statedCertainty).toBe('ESTABLISHED_FACT');
    const known = claimAt('North Waziristan is a known stronghold of the Taliban.', 'known stronghold');
    expect(known.statedCertainty).toBe('ESTABLISHED_FACT');
    const news = claimAt('Four soldiers were also killed Wednesday during a clash near Mir Ali.', 'Four soldiers');
    expect(news.statedCertainty).toBe('ASSERTED_UNATTRIBUTED');
  });
});

describe('cue words from the cited lists', () => {
  const cuesOf = (text: string, words: string) => claimAt(text, words).cues.map((c) => `${c.kind} ${c.exact}`);

  it('finds vague quantifiers and frequency adjuncts', () => {
    expect(cuesOf('The military said many people were killed in raids.', 'many people')).toContain('QUANTIFIER many');
    expect(cuesOf('Over 200 attackers came, with scores of people killed.', 'scores of')).toContain(
      'QUANTIFIER scores of',
    );
    expect(cuesOf('Militants often have more firepower than soldiers.', 'firepower')).toContain('QUANTIFIER often');
    expect(cuesOf('Homes were torched in less than a week.', 'Homes were torched')).toContain('QUANTIFIER less than');
  });

  it('finds a labelling verb as an attribution verb, but not one that names', () => {
    const text = 'Air strikes killed what the military called at least 60 "hardcore terrorists."';
    expect(cuesOf(text, 'Air strikes killed')).toContain('ATTRIBUTION_VERB called');
    const naming = 'Separatists are fighting for an independent state called Ambazonia.';
    expect(cuesOf(naming, 'Separatists')).not.toContain('ATTRIBUTION_VERB called');
  });

  it('finds hedges and evaluative words', () => {
    expect(
      cuesOf('The militants fired on a base in an apparent attempt to stop reinforcements.', 'fired on'),
    ).toContain('HEDGE apparent');
    expect(cuesOf('The clashes were bloody and the killings gruesome.', 'clashes')).toEqual(
      expect.arrayContaining(['EVALUATIVE bloody', 'EVALUATIVE gruesome']),
    );
  });
});

describe('the decision rules of the guide', () => {
  it('reads a word of likelihood over a whole claim as speculation, even over an accusation', () => {
    const claim = claimAt('The colonel says the video is probably propaganda by the rebels.', 'the video is');
    expect(claim.statedCertainty).toBe('SPECULATION');
  });

  it('reads deceit charged to someone as an allegation, whoever speaks', () => {
    const claim = claimAt('The police spokesman said the group had made exaggerated claims.', 'the group had');
    expect(claim.statedCertainty).toBe('ALLEGATION');
  });

  it('reads a cleft naming the culprit as an allegation when no authority speaks', () => {
    const claim = claimAt('The villagers said it was the militia that burned the market.', 'it was the militia');
    expect(claim.statedCertainty).toBe('ALLEGATION');
  });

  it('reads an onlooker’s forecast as an opinion, not a plan', () => {
    const claim = claimAt('Analysts say the talks will collapse within a month.', 'the talks will');
    expect(claim.statedCertainty).toBe('OPINION');
  });

  it('does not deny with a negated "going to" or an attributive "false"', () => {
    const forecast = claimAt('The general said the insurgents are not going to take the city.', 'not going to');
    expect(forecast.statedCertainty).not.toBe('DENIAL');
    const plate = claimAt('The police said the van had a false number plate.', 'the van had');
    expect(plate.statedCertainty).toBe('OFFICIAL_STATEMENT');
  });

  it('gives a headline with no frame the certainty of the lead that states the same event', () => {
    const text = 'Rebels Seize Border Town\n\nRebels say they have seized a border town after two days of fighting.';
    expect(claimAt(text, 'Rebels Seize Border Town').statedCertainty).toBe('ALLEGATION');
    const titled =
      'Rebels Take Border Town, Spokesman Says\n\nRebels have taken a border town, a rebel spokesman said.';
    expect(claimAt(titled, 'Rebels Take Border Town').statedCertainty).toBe('ALLEGATION');
    const denies = 'Ministry Denies Report\n\nThe interior ministry said no soldiers were killed in the attack.';
    expect(claimAt(denies, 'Ministry Denies Report').statedCertainty).toBe('DENIAL');
    const own = 'Floods Close Border Town\n\nFloods closed a border town on Monday, cutting its only road.';
    expect(claimAt(own, 'Floods Close Border Town').statedCertainty).toBe('ASSERTED_UNATTRIBUTED');
  });

  it('reads an episode dated earlier in the year as background', () => {
    const claim = claimAt('The militia stepped up its raids earlier this year.', 'stepped up');
    expect(claim.statedCertainty).toBe('ESTABLISHED_FACT');
  });

  it('reads "they" as the subject of its own sentence when that names an authority', () => {
    const text =
      'The rebels said the town had fallen. Meanwhile, army officials voiced regret for a raid that they said may have killed two farmers.';
    const claim = claimAt(text, 'may have killed');
    expect(claim.statedCertainty).toBe('OFFICIAL_STATEMENT');
  });

  it('reads a stative verb of relation in the present as background, in the past as news', () => {
    expect(claimAt('Ahmed represents the northern faction of the movement.', 'represents').statedCertainty).toBe(
      'ESTABLISHED_FACT',
    );
    expect(claimAt('Ahmed represented the faction at the talks on Monday.', 'represented').statedCertainty).toBe(
      'ASSERTED_UNATTRIBUTED',
    );
  });

  it('reads a side’s toll of the enemy’s forces as an allegation, of victims or its own losses as its statement', () => {
    const enemy = claimAt('The rebels said more than 40 soldiers were killed in the fighting.', '40 soldiers');
    expect(enemy.statedCertainty).toBe('ALLEGATION');
    const victims = claimAt('The rebels said more than 40 civilians were killed in the fighting.', '40 civilians');
    expect(victims.statedCertainty).toBe('ATTRIBUTED_STATEMENT');
    const own = claimAt('The rebels said three of our soldiers were killed.', 'our soldiers');
    expect(own.statedCertainty).toBe('ATTRIBUTED_STATEMENT');
  });
});

describe('negations and modals by the decision rules', () => {
  it('reads a negated passive participle on a negative subject as a denial', () => {
    const claim = claimAt('The ministry said no civilians were involved in the clashes.', 'civilians');
    expect(claim.statedCertainty).toBe('DENIAL');
  });

  it('reads an acting subject’s negated event, told elsewhere in the text, as a denial (rule 4)', () => {
    const text = 'Rebels said they had entered the capital. The army said the rebels have not entered the capital.';
    expect(claimAt(text, 'have not entered').statedCertainty).toBe('DENIAL');
    // A negated verb of stance or relation, or an inanimate subject, states rather than denies.
    const stance = 'Rebels said they met the envoy. The army said the deal did not meet their demands.';
    expect(claimAt(stance, 'did not meet').statedCertainty).toBe('OFFICIAL_STATEMENT');
  });

  it('does not read a bare modal in the text’s own claim as speculation; a perfect modal stays one', () => {
    expect(claimAt('Any advance to the south could alarm the government.', 'advance').statedCertainty).toBe(
      'ASSERTED_UNATTRIBUTED',
    );
    expect(claimAt('The commander may have fled across the border.', 'commander').statedCertainty).toBe('SPECULATION');
  });
});

describe('clauses a reporting participle or a comma splice opens', () => {
  it('splits "…, saying/insisting…" into a claim of its own with the same speaker', () => {
    const text =
      'The army spokesman denied the rebels held the airport, insisting that troops were clearing the last positions.';
    const denied = claimAt(text, 'held the airport');
    expect(denied.span.exact).toBe('the rebels held the airport');
    expect(denied.statedCertainty).toBe('DENIAL');
    const insisted = claimAt(text, 'clearing');
    expect(insisted.span.exact).toBe('troops were clearing the last positions');
    expect(insisted.statedCertainty).toBe('OFFICIAL_STATEMENT');
  });

  it('gives the participle the subject of the clause before when that has no frame', () => {
    const claim = claimAt('The rebel movement ended the truce, saying the army had shelled its camps.', 'shelled');
    expect(claim.attribution[0]?.name).toBe('The rebel movement');
    expect(claim.statedCertainty).toBe('ALLEGATION');
  });

  it('splits a comma splice at a pronoun and its verb, not a fronted time clause', () => {
    const text = '"They did not shell the market, they shelled the barracks," the rebel leader said.';
    expect(claimAt(text, 'did not shell').span.exact).toBe('They did not shell the market');
    const fronted = 'Each time the rebels attack, they lose men, the governor said.';
    expect(claimAt(fronted, 'lose men').span.exact).toContain('Each time');
  });
});
