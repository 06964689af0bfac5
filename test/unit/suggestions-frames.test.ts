import { describe, expect, it } from 'vitest';
import { confusionTable } from '../../apps/server/src/domain/suggestions/evaluate.js';
import { suggestClaims } from '../../apps/server/src/domain/suggestions/extract.js';

const claimsOf = (text: string) => suggestClaims(text, { language: 'en' });
const claimAt = (text: string, words: string) => {
  const claim = claimsOf(text).find((c) => c.span.exact.includes(words));
  if (!claim) throw new Error(`no claim with "${words}"`);
  return claim;
};
const names = (claim: { attribution: { name: string }[] }) => claim.attribution.map((h) => h.name);

describe('clause scope', () => {
  it('does not take an infinitive or a noun "reporting" as a reporting frame', () => {
    const text =
      'The foreign minister berated VOA for failing to report the Russian response. He misrepresented Voice of America reporting in a way that served to undermine the agency’s credibility.';
    const berated = claimAt(text, 'failing to report the Russian response');
    expect(berated.statedCertainty).toBe('ALLEGATION');
    expect(names(berated)).toEqual(['The foreign minister']);
    const misrepresented = claimAt(text, 'He misrepresented Voice of America reporting');
    expect(misrepresented.attribution).toEqual([]);
    expect(misrepresented.cues.map((c) => c.exact)).toContain('misrepresented');
  });

  it('keeps a participle after a noun of speech as a frame', () => {
    const claim = claimAt(
      'The junta issued a statement saying the airstrikes were in response to ambushes.',
      'the airstrikes were',
    );
    expect(claim.span.exact).toBe('the airstrikes were in response to ambushes');
    expect(names(claim)[0]).toMatch(/^The junta/);
  });

  it('splits off a relative clause, which does not take the sentence’s speaker', () => {
    const text =
      'The Congolese army says it has attacked an M23 base near Goma, a city that was briefly captured by the rebel group last year.';
    const main = claimAt(text, 'it has attacked an M23 base');
    expect(main.span.exact).toBe('it has attacked an M23 base near Goma');
    expect(main.statedCertainty).toBe('OFFICIAL_STATEMENT');
    const aside = claimAt(text, 'a city that was briefly captured');
    expect(aside.attribution).toEqual([]);
    // An appositive describing the place the sentence names is background, as the annotation has it.
    expect(aside.statedCertainty).toBe('ESTABLISHED_FACT');
  });

  it('splits a clause after a preposition and a relative word, and a concessive clause', () => {
    const relative = claimsOf(
      'The spokeswoman has apologized for remarks made by the minister at a news conference, in which he misrepresented the agency’s reporting.',
    );
    expect(relative.map((c) => c.span.exact)).toEqual([
      'The spokeswoman has apologized for remarks made by the minister at a news conference',
      'in which he misrepresented the agency’s reporting',
    ]);
    const concessive = claimAt(
      'The mission said it received reports of the fighting, though the area is far removed from its jurisdiction.',
      'the area is far removed',
    );
    expect(concessive.attribution).toEqual([]);
  });

  it('does not read an allegation named after the claim’s verb as the claim’s certainty', () => {
    const claim = claimAt(
      'U.S. officials presented evidence in support of the allegations of Russian hacking to U.S. senators.',
      'presented evidence',
    );
    expect(claim.statedCertainty).toBe('ASSERTED_UNATTRIBUTED');
  });
});

describe('accusations carried by a plain "says"', () => {
  it('reads a party’s report that someone attacked as an allegation, an authority’s as its statement', () => {
    const party = claimAt(
      'The rebel group says military helicopters bombed a nearby neighborhood.',
      'military helicopters bombed',
    );
    expect(party.statedCertainty).toBe('ALLEGATION');
    expect(names(party)).toEqual(['The rebel group']);
    const army = claimAt('The Congolese army says it has attacked an M23 base near Goma.', 'it has attacked');
    expect(army.statedCertainty).toBe('OFFICIAL_STATEMENT');
  });

  it('reads a witness’s or an outlet’s account as a statement, not an accusation', () => {
    const text = 'Witnesses said soldiers burned the village. Reuters reported that troops attacked the town.';
    expect(claimAt(text, 'soldiers burned the village').statedCertainty).toBe('ATTRIBUTED_STATEMENT');
    expect(claimAt(text, 'troops attacked the town').statedCertainty).not.toBe('ALLEGATION');
  });

  it('keeps a passive toll a statement, and a rebel army’s spokesman not official', () => {
    const claim = claimAt(
      'Ibrahim al-Helwu, a spokesman for the Sudan Liberation Army, says more than 50 people were killed.',
      'more than 50 people were killed',
    );
    expect(claim.statedCertainty).toBe('ATTRIBUTED_STATEMENT');
  });
});

describe('relayed reports', () => {
  it('names the originator, then the relay', () => {
    const claim = claimAt(
      'The French News Agency says M23 rebels also claim more than 400 troops have been killed.',
      'more than 400 troops',
    );
    expect(claim.span.exact).toBe('more than 400 troops have been killed');
    expect(claim.statedCertainty).toBe('ALLEGATION');
    expect(claim.attribution.map((h) => [h.role, h.name])).toEqual([
      ['ORIGINATOR', 'M23 rebels'],
      ['REPORTER', 'The French News Agency'],
    ]);
  });

  it('reads "quotes X as saying" as a quotation relayed by the agency, for both complements', () => {
    const text =
      'The French news agency quotes a Sudanese army spokesman as saying the SLA claims are "completely baseless," and that there have been no clashes between the army and the rebels.';
    const second = claimAt(text, 'there have been no clashes');
    expect(second.statedCertainty).toBe('DENIAL');
    expect(second.attribution.map((h) => [h.role, h.name])).toEqual([
      ['QUOTED_SPEAKER', 'a Sudanese army spokesman'],
      ['REPORTER', 'The French news agency'],
    ]);
  });

  it('finds the speaker behind a relative pronoun or a relative clause', () => {
    const wrote = claimAt(
      'Lavrov criticized a web report by Galperovich, who wrote that Russian officials had not yet responded.',
      'Russian officials had not yet responded',
    );
    expect(names(wrote)).toEqual(['Galperovich']);
    const source = claimAt(
      'A source who was in the room when Rosenstein made the remark told VOA that the remark was sarcastic.',
      'the remark was sarcastic',
    );
    expect(names(source)).toEqual(['A source', 'VOA']);
  });

  it('knows a surname as official once the text gave it with a title', () => {
    const claim = claimAt(
      'Reporters asked about remarks made by Foreign Minister Sergei Lavrov. Lavrov said the article had been published on January 9.',
      'the article had been published',
    );
    expect(claim.statedCertainty).toBe('OFFICIAL_STATEMENT');
  });
});

describe('the content of a noun of allegation or report', () => {
  it('is a claim of its own, alleged by whom the noun names', () => {
    const text =
      'Galperovich wrote that Russian officials had not yet responded to detailed allegations from U.S. intelligence agencies that Russian hackers interfered with the U.S. presidential campaign.';
    const content = claimAt(text, 'Russian hackers interfered');
    expect(content.span.exact).toBe('Russian hackers interfered with the U.S. presidential campaign');
    expect(content.statedCertainty).toBe('ALLEGATION');
    expect(names(content)).toEqual(['U.S. intelligence agencies']);
    expect(claimAt(text, 'Russian officials had not yet responded').span.exact).toMatch(/intelligence agencies$/);
  });

  it('is denied, with every coordinated complement, when the clause naming it denies it', () => {
    const text =
      'Deputy Attorney General Rod Rosenstein has denied allegations by The New York Times that he suggested that President Donald Trump be secretly recorded or that he discussed invoking the 25th Amendment.';
    for (const words of ['he suggested that President Donald Trump', 'he discussed invoking the 25th Amendment']) {
      const claim = claimAt(text, words);
      expect(claim.statedCertainty).toBe('DENIAL');
      expect(names(claim)).toEqual(['Deputy Attorney General Rod Rosenstein']);
    }
  });

  it('takes the reports as their own source, and "there are reports" frames rather than claims', () => {
    const claims = claimsOf(
      'There are several unconfirmed reports that Chinese troops arrived in the port of Tartous on Thursday.',
    );
    expect(claims.map((c) => c.span.exact)).toEqual(['Chinese troops arrived in the port of Tartous on Thursday']);
    expect(claims[0]?.statedCertainty).toBe('UNCONFIRMED_REPORT');
    expect(claims[0]?.attribution.map((h) => [h.role, h.name])).toEqual([
      ['UNNAMED_SOURCE', 'several unconfirmed reports'],
    ]);
  });

  it('leaves a relative "that" after a report alone', () => {
    const claims = claimsOf('The minister criticized the reports that were published on Monday.');
    expect(claims).toHaveLength(1);
  });
});

describe('evaluative words', () => {
  it('matches a hyphenated phrase and the AFINN judgements', () => {
    const claim = claimAt(
      'NATO said the incident was a so-called insider attack and called the report misleading.',
      'insider attack',
    );
    expect(claim.cues.filter((c) => c.kind === 'EVALUATIVE').map((c) => c.exact)).toEqual(['so-called', 'misleading']);
  });
});

describe('certainty confusion table', () => {
  it('counts gold by proposed certainty', () => {
    const table = confusionTable([
      ['ALLEGATION', 'ALLEGATION'],
      ['ALLEGATION', 'ATTRIBUTED_STATEMENT'],
      ['DENIAL', 'DENIAL'],
    ]);
    expect(table.split('\n')).toEqual([
      '| gold \\ proposed | ALLEGATION | ATTRIBUTED | DENIAL | total | correct |',
      '|---|---|---|---|---|---|',
      '| ALLEGATION | 1 | 1 | · | 2 | 1 |',
      '| DENIAL | · | · | 1 | 1 | 1 |',
    ]);
  });
});

describe('speakers around a comma or a hearer', () => {
  const claimOf = (text: string, words: string) => {
    const claim = suggestClaims(text, { language: 'en' }).find((c) => c.span.exact.includes(words));
    if (!claim) throw new Error(`no claim with "${words}"`);
    return claim;
  };

  it('reads the name before "told" as the speaker of a quotation before it, the outlet after as its reporter', () => {
    const claim = claimOf('"Our forces pushed them back," rebel spokesman Tito Banda told VOA.', 'pushed them back');
    expect(claim.attribution[0]?.name).toBe('rebel spokesman Tito Banda');
    expect(claim.attribution[1]).toMatchObject({ role: 'REPORTER', name: 'VOA' });
    expect(claim.statedCertainty).toBe('ALLEGATION');
  });

  it('reads past an adverb set off by commas to the subject', () => {
    const claim = claimOf('The provincial governor, however, denied that troops had burned the market.', 'burned');
    expect(claim.attribution[0]?.name).toBe('The provincial governor');
    expect(claim.statedCertainty).toBe('DENIAL');
  });
});

describe('a headline’s reporting verb', () => {
  it('reads a title-case reporting verb after its subject as the headline’s frame', () => {
    const text =
      'Rebels Report Heavy Fighting Near Border\n\nRebels say heavy fighting broke out near the border on Monday.';
    const head = suggestClaims(text, { language: 'en' })[0];
    expect(head?.attribution[0]?.name).toBe('Rebels');
    expect(head?.statedCertainty).toBe('ALLEGATION');
  });
});

describe('a concessive clause and a passive frame', () => {
  it('splits at "although" and reads "was denied by X" as X’s denial, leaving the claim before undenied', () => {
    const text =
      'The ministry claimed there had been fighters in the school although this was denied by the rebel group.';
    const claims = suggestClaims(text, { language: 'en' });
    const claimed = claims.find((c) => c.span.exact.includes('fighters in the school'));
    expect(claimed?.span.exact).toBe('there had been fighters in the school');
    expect(claimed?.statedCertainty).toBe('OFFICIAL_STATEMENT');
    const denied = claims.find((c) => c.span.exact.includes('was denied'));
    expect(denied?.attribution[0]?.name).toBe('the rebel group');
    expect(denied?.statedCertainty).toBe('DENIAL');
  });
});

describe('a medium that shows', () => {
  it('reads "channels showed X" as the channels’ report, but not "this shows" or "photos showing"', () => {
    const claims = suggestClaims('Local television channels showed troops entering the town.', { language: 'en' });
    expect(claims[0]?.attribution[0]?.name).toBe('Local television channels');
    expect(claims[0]?.span.exact).toBe('troops entering the town');
    const plain = suggestClaims('This shows that the talks have stalled.', { language: 'en' });
    expect(plain[0]?.cues.map((c) => c.kind)).not.toContain('ATTRIBUTION_VERB');
  });
});

describe('a frame set off by commas', () => {
  it('reads "Y, X reported, on Saturday…" as X’s report of Y, an organisation with its acronym not a person', () => {
    const claims = suggestClaims(
      'Ten patients died, Doctors Without Borders (MSF) reported, on Sunday after the clinic was shelled.',
      { language: 'en' },
    );
    const died = claims.find((c) => c.span.exact.includes('died'));
    expect(died?.span.exact).toBe('Ten patients died');
    expect(died?.attribution[0]).toMatchObject({ role: 'ORIGINATOR', name: 'Doctors Without Borders (MSF)' });
  });
});

describe('an impersonal comment after a report', () => {
  it('does not give "but it could not be confirmed…" to the speaker of the clause before', () => {
    const claims = suggestClaims(
      'Local radio said the rebels held the bridge, but it could not be independently confirmed who controls it.',
      { language: 'en' },
    );
    const held = claims.find((c) => c.span.exact.includes('held the bridge'));
    expect(held?.attribution[0]?.name).toBe('Local radio');
    const comment = claims.find((c) => c.span.exact.includes('confirmed'));
    expect(comment?.attribution).toHaveLength(0);
    expect(comment?.statedCertainty).toBe('ABSENCE_OF_CONFIRMATION');
  });
});

describe('a quotation that runs on after "he said."', () => {
  it('gives the next quoted sentences the same speaker when the closing mark ends the paragraph', () => {
    const text =
      'A rebel commander spoke to reporters.\n\n"They came three days ago," he said.  "They have burned the village. Until now, we hear the planes. "\n\nThe army has not commented.';
    expect(names(claimAt(text, 'burned the village'))).toEqual(['he']);
    expect(names(claimAt(text, 'we hear the planes'))).toEqual(['he']);
    expect(names(claimAt(text, 'has not commented'))).toEqual([]);
  });
});

describe('a participle clause set off by commas inside the subject', () => {
  it('reads the speaker before it, not the participle', () => {
    const text =
      'An official with the peacekeeping force, reached in the regional capital, said six villages were attacked.';
    expect(names(claimAt(text, 'six villages'))).toEqual(['An official with the peacekeeping force']);
  });
});
