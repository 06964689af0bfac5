import type { StorySeed } from '../../apps/server/src/seed/story-types.js';

/**
 * The extraction of seed-article.txt: a republished Independent article on rumours that China sent
 * special-operations units to Syria. Quotes are the article's words; the loader anchors them.
 * The article states no publication date and the republishing site is not named, so both are
 * left unknown rather than guessed.
 */
export const story: StorySeed = {
  analyst: 'claimgraph seed',
  article: {
    headline: 'The People’s Republic of China may have sent two crack special operations teams to Syria',
    language: 'en',
    retrievedAt: '2026-11-26T00:00:00.000Z',
    originalPublisher: 'independent',
  },

  sources: [
    {
      key: 'independent',
      name: 'The Independent',
      kind: 'NEWS_OUTLET',
      url: 'https://www.independent.co.uk',
      domain: 'independent.co.uk',
      country: 'GB',
      languages: ['en'],
      reliability: {
        rating: 'B',
        rationale:
          'Established national outlet with an editorial process; in this item it relays rumours and unconfirmed reports without naming their sources.',
      },
    },
    {
      key: 'al-araby',
      name: 'Al Araby',
      kind: 'NEWS_OUTLET',
      domain: 'alaraby.co.uk',
      languages: ['ar', 'en'],
      description: 'Arabic-language news outlet, cited for President Assad’s remarks.',
      reliability: {
        rating: 'C',
        rationale:
          'Known regional outlet; the remarks are relayed second-hand and the original interview is not cited.',
      },
    },
    {
      key: 'arabic-media',
      name: 'Arabic-language media (unnamed)',
      kind: 'UNNAMED_COLLECTIVE',
      languages: ['ar'],
      description: 'Outlets the article gives only as “Arabic language media”.',
      reliability: { rating: 'F', rationale: 'No outlet is named, so reliability cannot be judged.' },
    },
    {
      key: 'social-media',
      name: 'Social media (unnamed accounts)',
      kind: 'UNNAMED_COLLECTIVE',
      description: 'Posts the article gives only as “social media”.',
      languages: [],
      reliability: { rating: 'F', rationale: 'No platform or account is named, so reliability cannot be judged.' },
    },
    {
      key: 'unconfirmed-reports',
      name: 'Unconfirmed reports (unnamed)',
      kind: 'UNNAMED_COLLECTIVE',
      description: 'The “several unconfirmed reports” of troops arriving in Tartous; no source is named.',
      languages: [],
      reliability: {
        rating: 'F',
        rationale: 'The article names none of the reports, so reliability cannot be judged.',
      },
    },
    {
      key: 'chinese-state-media',
      name: 'Chinese state media',
      kind: 'STATE_MEDIA',
      country: 'CN',
      languages: ['zh'],
      stateAffiliated: true,
      reliability: {
        rating: 'D',
        rationale:
          'State-controlled; reliable for the official position, not for independent reporting on military matters.',
      },
    },
    {
      key: 'embedded-footage',
      name: 'Embedded footage of the Syrian military’s advance',
      kind: 'FOOTAGE',
      description: 'Video embedded in the article; its origin and date are not given.',
      languages: [],
      reliability: { rating: 'F', rationale: 'Origin, author and date of the footage are not given.' },
    },
  ],

  actors: [
    {
      key: 'china',
      name: 'People’s Republic of China',
      kind: 'STATE',
      aliases: ['China', 'Beijing', 'Chinese'],
      country: 'CN',
      wikidataId: 'Q148',
    },
    {
      key: 'china-government',
      name: 'Government of China',
      kind: 'GOVERNMENT_BODY',
      aliases: ['Chinese government', 'Chinese politicians'],
      country: 'CN',
      parent: 'china',
    },
    {
      key: 'china-mod',
      name: 'Ministry of National Defense of China',
      kind: 'GOVERNMENT_BODY',
      aliases: ['Chinese Ministry of Defence'],
      country: 'CN',
      parent: 'china',
    },
    {
      key: 'china-mfa',
      name: 'Ministry of Foreign Affairs of China',
      kind: 'GOVERNMENT_BODY',
      country: 'CN',
      parent: 'china',
    },
    {
      key: 'pla',
      name: 'People’s Liberation Army',
      kind: 'MILITARY_UNIT',
      aliases: ['Chinese military', 'Chinese troops', 'Chinese military personnel'],
      country: 'CN',
      parent: 'china',
    },
    {
      key: 'dark-night-tiger',
      name: 'Dark Night Tiger unit',
      kind: 'MILITARY_UNIT',
      aliases: ['Dark Night Tiger'],
      country: 'CN',
      parent: 'china-mod',
      description: 'Elite counter-terrorism unit, as the article names it.',
    },
    {
      key: 'tigers-of-siberia',
      name: 'Tigers of Siberia unit',
      kind: 'MILITARY_UNIT',
      aliases: ['Tigers of Siberia'],
      country: 'CN',
      parent: 'china-mod',
      description: 'Elite counter-terrorism unit, as the article names it.',
    },
    {
      key: 'china-intelligence',
      name: 'Chinese intelligence services',
      kind: 'GOVERNMENT_BODY',
      aliases: ['Chinese intelligence'],
      country: 'CN',
      parent: 'china',
    },
    {
      key: 'wang-yi',
      name: 'Wang Yi',
      kind: 'PERSON',
      aliases: ['Chinese Foreign Minister Wang Yi'],
      country: 'CN',
      parent: 'china-mfa',
    },
    {
      key: 'syria',
      name: 'Syrian Arab Republic',
      kind: 'STATE',
      aliases: ['Syria'],
      country: 'SY',
      wikidataId: 'Q858',
    },
    {
      key: 'syria-government',
      name: 'Government of Syria',
      kind: 'GOVERNMENT_BODY',
      aliases: ['Syrian government', 'Syrian regime', 'the regime'],
      country: 'SY',
      parent: 'syria',
    },
    {
      key: 'assad',
      name: 'Bashar al-Assad',
      kind: 'PERSON',
      aliases: ['President Assad', 'Syrian President Bashar al-Assad', 'Assad'],
      country: 'SY',
      parent: 'syria-government',
    },
    {
      key: 'syrian-army',
      name: 'Syrian Arab Army',
      kind: 'MILITARY_UNIT',
      aliases: ['Syrian military', 'Syrian army', 'Bashar al-Assad’s forces'],
      country: 'SY',
      parent: 'syria',
    },
    {
      key: 'syria-intelligence',
      name: 'Syrian intelligence services',
      kind: 'GOVERNMENT_BODY',
      aliases: ['Syrian intelligence'],
      country: 'SY',
      parent: 'syria-government',
    },
    {
      key: 'russia',
      name: 'Russian Federation',
      kind: 'STATE',
      aliases: ['Russia'],
      country: 'RU',
      wikidataId: 'Q159',
    },
    {
      key: 'iran',
      name: 'Islamic Republic of Iran',
      kind: 'STATE',
      aliases: ['Iran'],
      country: 'IR',
      wikidataId: 'Q794',
    },
    {
      key: 'unsc',
      name: 'United Nations Security Council',
      kind: 'INTERGOVERNMENTAL_ORG',
      aliases: ['UN Security Council'],
      wikidataId: 'Q37470',
    },
    { key: 'isis', name: 'Islamic State', kind: 'NON_STATE_ARMED_GROUP', aliases: ['Isis'] },
    {
      key: 'jihadist-groups',
      name: 'Jihadist groups in Syria',
      kind: 'NON_STATE_ARMED_GROUP',
      aliases: ['extremist groups', 'jihadist groups'],
    },
    {
      key: 'uyghurs',
      name: 'Uyghurs',
      kind: 'ETHNIC_OR_RELIGIOUS_GROUP',
      aliases: ['Uighurs', 'Uighur', 'Uighers', 'Muslim Uighurs'],
    },
    {
      key: 'uighur-militants',
      name: 'Uyghur militants',
      kind: 'NON_STATE_ARMED_GROUP',
      aliases: ['Uighur militants', 'homegrown militants'],
    },
    {
      key: 'xinjiang',
      name: 'Xinjiang',
      kind: 'PLACE',
      aliases: ['Xinjiang province'],
      country: 'CN',
      parent: 'china',
    },
    {
      key: 'east-turkestan',
      name: 'East Turkestan',
      kind: 'PLACE',
      description: 'The separatist state Uyghur fighters seek, as the article puts it.',
    },
    { key: 'tartous', name: 'Tartus', kind: 'PLACE', aliases: ['Tartous'], country: 'SY', parent: 'syria' },
    { key: 'middle-east', name: 'Middle East', kind: 'PLACE' },
  ],

  claims: [
    {
      key: 'deployment',
      text: 'China has sent two special operations teams to Syria.',
      type: 'EVENT',
      actors: [
        ['pla', 'AGENT'],
        ['china', 'AGENT'],
        ['syria', 'LOCATION'],
      ],
      location: 'syria',
      quantity: { value: 2, unit: 'special operations teams' },
      appearance: {
        quote: { exact: 'The People’s Republic of China may have sent two crack special operations teams to Syria' },
        statedCertainty: 'SPECULATION',
        cues: [['HEDGE', 'may have']],
        attribution: [{ role: 'REPORTER', source: 'independent', quote: 'Independent' }],
      },
    },
    {
      key: 'first-deployment',
      text: 'A deployment of Chinese troops to Syria would be the first of Chinese troops in the Middle East.',
      type: 'STATE_OF_AFFAIRS',
      actors: [
        ['pla', 'AGENT'],
        ['middle-east', 'LOCATION'],
      ],
      appearance: {
        quote: {
          exact: 'an extraordinary move which would mark the first deployment of Chinese troops in the Middle East',
        },
        statedCertainty: 'ASSERTED_UNATTRIBUTED',
        cues: [
          ['HEDGE', 'would mark'],
          ['EVALUATIVE', 'extraordinary'],
        ],
        attribution: [{ role: 'REPORTER', source: 'independent', quote: 'Independent' }],
      },
    },
    {
      key: 'intends-to-send',
      text: 'The Chinese Ministry of Defence intends to send troops from the ‘Dark Night Tiger’ and ‘Tigers of Siberia’ units to fight extremist groups alongside Syrian government forces.',
      type: 'INTENTION',
      time: { text: 'for days' },
      actors: [
        ['china-mod', 'AGENT'],
        ['dark-night-tiger', 'AGENT'],
        ['tigers-of-siberia', 'AGENT'],
        ['jihadist-groups', 'TARGET'],
        ['syrian-army', 'BENEFICIARY'],
        ['assad', 'MENTIONED'],
      ],
      appearance: {
        quote: {
          exact:
            'the Chinese Ministry of Defence intends to send troops from the elite counterterrorism ‘Dark Night Tiger’ and ‘Tigers of Siberia’ units to fight extremist groups alongside Syrian President Bashar al-Assad’s forces',
        },
        statedCertainty: 'RUMOUR',
        cues: [
          ['HEDGE', 'Rumours have been circulating'],
          ['SOURCING', 'for days'],
        ],
        attribution: [
          { role: 'UNNAMED_SOURCE', source: 'arabic-media', quote: 'Arabic language media' },
          { role: 'UNNAMED_SOURCE', source: 'social-media', quote: { exact: 'social media', prefix: 'media and ' } },
          { role: 'REPORTER', source: 'independent', quote: 'Independent' },
        ],
      },
    },
    {
      key: 'tartous-arrival',
      text: 'Chinese troops arrived in the Syrian port of Tartous on Thursday.',
      type: 'EVENT',
      time: { text: 'on Thursday' },
      location: 'tartous',
      actors: [
        ['pla', 'AGENT'],
        ['tartous', 'LOCATION'],
      ],
      appearance: {
        quote: { exact: 'Chinese troops arrived in the Syrian-regime controlled port of Tartous on Thursday' },
        statedCertainty: 'UNCONFIRMED_REPORT',
        cues: [
          ['HEDGE', 'unconfirmed'],
          ['SOURCING', 'There are several unconfirmed reports'],
        ],
        attribution: [
          { role: 'UNNAMED_SOURCE', source: 'unconfirmed-reports', quote: 'several unconfirmed reports' },
          { role: 'REPORTER', source: 'independent', quote: 'Independent' },
        ],
      },
    },
    {
      key: 'tartous-regime-controlled',
      text: 'The port of Tartous is controlled by the Syrian government.',
      type: 'STATE_OF_AFFAIRS',
      location: 'tartous',
      actors: [
        ['syria-government', 'AGENT'],
        ['tartous', 'LOCATION'],
      ],
      appearance: {
        quote: { exact: 'Syrian-regime controlled port of Tartous' },
        statedCertainty: 'ESTABLISHED_FACT',
        attribution: [{ role: 'REPORTER', source: 'independent', quote: 'Independent' }],
      },
    },
    {
      key: 'isis-stronghold-advance',
      text: 'The Syrian military is approaching the final Isis stronghold in Syria.',
      type: 'EVENT',
      location: 'syria',
      actors: [
        ['syrian-army', 'AGENT'],
        ['isis', 'TARGET'],
      ],
      appearance: {
        quote: { exact: 'the Syrian military approaching the final Isis stronghold in Syria' },
        statedCertainty: 'ASSERTED_UNATTRIBUTED',
        cues: [['SOURCING', 'Footage shows']],
        attribution: [
          { role: 'ORIGINATOR', source: 'embedded-footage', quote: 'Footage' },
          { role: 'REPUBLISHER', source: 'independent', quote: 'Independent' },
        ],
      },
    },
    {
      key: 'state-media-silence',
      text: 'Chinese state media has made no mention of any deployment of Chinese troops to Syria.',
      type: 'ABSENCE',
      actors: [['china', 'MENTIONED']],
      appearance: {
        quote: { exact: 'Chinese state media has made no mention of any deployment' },
        statedCertainty: 'ABSENCE_OF_CONFIRMATION',
        cues: [['NEGATION', 'no mention']],
        attribution: [{ role: 'REPORTER', source: 'independent', quote: 'Independent' }],
      },
    },
    {
      key: 'against-policy',
      text: 'A deployment of Chinese troops to Syria would go against official Chinese policy.',
      type: 'STATE_OF_AFFAIRS',
      actors: [['china-government', 'MENTIONED']],
      appearance: {
        quote: { exact: 'which would go against official policy' },
        statedCertainty: 'ASSERTED_UNATTRIBUTED',
        cues: [['HEDGE', 'would go against']],
        attribution: [{ role: 'REPORTER', source: 'independent', quote: 'Independent' }],
      },
    },
    {
      key: 'uyghur-fighters',
      text: 'About 5,000 Chinese nationals of Uyghur ethnicity have travelled to Syria in recent years to join Islamic State or other jihadist groups.',
      type: 'QUANTITY',
      time: { text: 'in recent years' },
      location: 'syria',
      quantity: { value: 5000, unit: 'people', approximate: true },
      actors: [
        ['uyghurs', 'AGENT'],
        ['isis', 'BENEFICIARY'],
        ['jihadist-groups', 'BENEFICIARY'],
        ['syria', 'LOCATION'],
      ],
      appearance: {
        quote: {
          exact:
            'An estimated 5,000 Chinese nationals of Uighur ethnicity have travelled to Syria in recent years to join Isis’ so-called caliphate or to fight for various other jihadist groups in the country',
        },
        statedCertainty: 'ESTIMATE',
        cues: [['QUANTIFIER', 'An estimated']],
        attribution: [{ role: 'REPORTER', source: 'independent', quote: 'Independent' }],
      },
    },
    {
      key: 'xinjiang-insurgency',
      text: 'China’s Xinjiang province faces an insurgency of its own.',
      type: 'STATE_OF_AFFAIRS',
      location: 'xinjiang',
      actors: [
        ['xinjiang', 'LOCATION'],
        ['china', 'TARGET'],
      ],
      appearance: {
        quote: {
          exact:
            'China’s northwestern Xinjiang province, where many of the militants come from, faces its own insurgency',
        },
        statedCertainty: 'ESTABLISHED_FACT',
        attribution: [{ role: 'REPORTER', source: 'independent', quote: 'Independent' }],
      },
    },
    {
      key: 'militants-from-xinjiang',
      text: 'Many of the Uyghur militants in Syria come from Xinjiang.',
      type: 'STATE_OF_AFFAIRS',
      actors: [
        ['uighur-militants', 'AGENT'],
        ['xinjiang', 'LOCATION'],
      ],
      appearance: {
        quote: { exact: 'where many of the militants come from' },
        statedCertainty: 'ASSERTED_UNATTRIBUTED',
        cues: [['QUANTIFIER', 'many of']],
        attribution: [{ role: 'REPORTER', source: 'independent', quote: 'Independent' }],
      },
    },
    {
      key: 'xinjiang-deaths',
      text: 'Hundreds of people have been killed over the last decade as Muslim Uyghurs fight for a separatist state called East Turkestan.',
      type: 'QUANTITY',
      time: { text: 'Over the last decade' },
      location: 'xinjiang',
      quantity: { lower: 200, upper: 999, unit: 'people killed', approximate: true },
      actors: [
        ['uyghurs', 'AGENT'],
        ['east-turkestan', 'MENTIONED'],
        ['xinjiang', 'LOCATION'],
      ],
      appearance: {
        quote: {
          exact:
            'Over the last decade hundreds of people have been killed as Muslim Uighurs fight for the creation of a separatist state called East Turkestan',
        },
        statedCertainty: 'ESTABLISHED_FACT',
        cues: [['QUANTIFIER', 'hundreds of']],
        attribution: [{ role: 'REPORTER', source: 'independent', quote: 'Independent' }],
      },
    },
    {
      key: 'uyghur-discrimination',
      text: 'Uyghurs have long been discriminated against at a state level by the Chinese government’s homogenous policies.',
      type: 'STATE_OF_AFFAIRS',
      actors: [
        ['uyghurs', 'CLAIMANT'],
        ['uyghurs', 'TARGET'],
        ['china-government', 'AGENT'],
      ],
      appearance: {
        quote: {
          exact:
            'they have long been discriminated against at a state level by the Chinese government’s homogenous policies',
        },
        statedCertainty: 'ALLEGATION',
        cues: [['ATTRIBUTION_VERB', 'claim']],
        attribution: [
          { role: 'ORIGINATOR', actor: 'uyghurs', quote: 'Minority Uighers' },
          { role: 'REPORTER', source: 'independent', quote: 'Independent' },
        ],
      },
    },
    {
      key: 'blamed-uyghurs',
      text: 'Uyghurs carried out terrorist attacks in China.',
      type: 'EVENT',
      actors: [
        ['china-government', 'CLAIMANT'],
        ['uyghurs', 'AGENT'],
        ['china', 'TARGET'],
      ],
      appearance: {
        quote: { exact: 'Chinese politicians and media has often blamed terrorist attacks on Uighurs' },
        statedCertainty: 'ALLEGATION',
        cues: [['ATTRIBUTION_VERB', 'blamed']],
        attribution: [
          { role: 'ORIGINATOR', actor: 'china-government', quote: 'Chinese politicians' },
          { role: 'ORIGINATOR', source: 'chinese-state-media', quote: { exact: 'media', prefix: 'politicians and ' } },
          { role: 'REPORTER', source: 'independent', quote: 'Independent' },
        ],
      },
    },
    {
      key: 'trained-in-syria',
      text: 'Uyghur militants have received training from extremist groups in Syria.',
      type: 'EVENT',
      location: 'syria',
      actors: [
        ['china-government', 'CLAIMANT'],
        ['uighur-militants', 'AGENT'],
        ['jihadist-groups', 'AGENT'],
      ],
      appearance: {
        quote: { exact: 'have received training from extremist groups in Syria' },
        statedCertainty: 'ATTRIBUTED_STATEMENT',
        cues: [['ATTRIBUTION_VERB', 'they say']],
        attribution: [
          { role: 'ORIGINATOR', actor: 'china-government', quote: 'Chinese politicians' },
          { role: 'REPORTER', source: 'independent', quote: 'Independent' },
        ],
      },
    },
    {
      key: 'fears-return',
      text: 'China fears the return of its homegrown militants as Islamic State’s caliphate crumbles.',
      type: 'STATE_OF_AFFAIRS',
      actors: [
        ['china', 'AGENT'],
        ['uighur-militants', 'TARGET'],
        ['isis', 'MENTIONED'],
      ],
      appearance: {
        quote: { exact: 'China fears the return of its homegrown militants as Isis’s caliphate crumbles' },
        statedCertainty: 'ASSERTED_UNATTRIBUTED',
        attribution: [{ role: 'REPORTER', source: 'independent', quote: 'Independent' }],
      },
    },
    {
      key: 'intelligence-cooperation',
      text: 'Syrian and Chinese intelligence cooperate against Uyghur militants.',
      type: 'STATEMENT',
      actors: [
        ['assad', 'CLAIMANT'],
        ['syria-intelligence', 'AGENT'],
        ['china-intelligence', 'AGENT'],
        ['uighur-militants', 'TARGET'],
      ],
      appearance: {
        quote: {
          exact:
            'praised what he called “crucial cooperation” between Syrian and Chinese intelligence against Uighur militants',
        },
        statedCertainty: 'ATTRIBUTED_STATEMENT',
        cues: [
          ['ATTRIBUTION_VERB', 'what he called'],
          ['SOURCING', 'al Araby reports'],
        ],
        attribution: [
          { role: 'QUOTED_SPEAKER', actor: 'assad', quote: 'President Assad' },
          { role: 'REPORTER', source: 'al-araby', quote: 'al Araby' },
          { role: 'REPUBLISHER', source: 'independent', quote: 'Independent' },
        ],
      },
    },
    {
      key: 'ties-rising',
      text: 'Ties between Syria and China are on the rise.',
      type: 'STATEMENT',
      actors: [
        ['assad', 'CLAIMANT'],
        ['syria', 'MENTIONED'],
        ['china', 'MENTIONED'],
      ],
      appearance: {
        quote: { exact: 'ties with China are “on the rise”' },
        statedCertainty: 'ATTRIBUTED_STATEMENT',
        cues: [['ATTRIBUTION_VERB', 'He has also said']],
        attribution: [
          { role: 'QUOTED_SPEAKER', actor: 'assad', quote: { exact: 'He', suffix: ' has also said' } },
          { role: 'REPORTER', source: 'independent', quote: 'Independent' },
        ],
      },
    },
    {
      key: 'anti-terror-law',
      text: 'China passed an anti-terrorism law in January 2016 that allows its military to conduct counter-terrorism operations overseas.',
      type: 'EVENT',
      time: { text: 'in January 2016', start: '2016-01-01T00:00:00.000Z', end: '2016-02-01T00:00:00.000Z' },
      actors: [
        ['china', 'AGENT'],
        ['pla', 'BENEFICIARY'],
      ],
      appearance: {
        quote: {
          exact:
            'Beijing passed a new anti-terrorism law in January 2016 which allowed its military to venture overseas on counter-terrorism operations',
        },
        statedCertainty: 'ESTABLISHED_FACT',
        attribution: [{ role: 'REPORTER', source: 'independent', quote: 'Independent' }],
      },
    },
    {
      key: 'military-advisers',
      text: 'Chinese military personnel have operated in Syria in an advisory capacity since last year, training the Syrian army to use Chinese-made weapons.',
      type: 'EVENT',
      time: { text: 'since last year' },
      location: 'syria',
      quantity: { unknown: true, unit: 'military personnel' },
      actors: [
        ['pla', 'AGENT'],
        ['syrian-army', 'BENEFICIARY'],
        ['syria', 'LOCATION'],
      ],
      appearance: {
        quote: {
          exact:
            'An unknown number of Chinese military personnel have operated in the Syrian theatre since last year in an advisory capacity, training the Syrian army how to use Chinese-made weapons',
        },
        statedCertainty: 'ASSERTED_UNATTRIBUTED',
        cues: [['QUANTIFIER', 'An unknown number of']],
        attribution: [{ role: 'REPORTER', source: 'independent', quote: 'Independent' }],
      },
    },
    {
      key: 'no-direct-action',
      text: 'China is the only permanent member of the UN Security Council that has not taken direct military action in Syria’s civil war.',
      type: 'STATE_OF_AFFAIRS',
      actors: [
        ['china', 'AGENT'],
        ['unsc', 'MENTIONED'],
        ['syria', 'LOCATION'],
      ],
      appearance: {
        quote: {
          exact:
            'To date China is the only permanent member of the UN Security Council which has not taken direct military action in Syria’s six-year-long civil war',
        },
        statedCertainty: 'ESTABLISHED_FACT',
        attribution: [{ role: 'REPORTER', source: 'independent', quote: 'Independent' }],
      },
    },
    {
      key: 'veto-with-russia',
      text: 'China has joined Russia in vetoing UN resolutions critical of the Syrian government.',
      type: 'EVENT',
      time: { text: 'in the past' },
      actors: [
        ['china', 'AGENT'],
        ['russia', 'AGENT'],
        ['unsc', 'LOCATION'],
        ['syria-government', 'BENEFICIARY'],
      ],
      appearance: {
        quote: {
          exact:
            'it has joined Syria’s major ally Russia in using its veto power to block UN resolutions critical of the regime in the past',
        },
        statedCertainty: 'ESTABLISHED_FACT',
        attribution: [{ role: 'REPORTER', source: 'independent', quote: 'Independent' }],
      },
    },
    {
      key: 'funding-pledge',
      text: 'China will play a major role in funding the rebuilding of Syria.',
      type: 'INTENTION',
      time: { text: 'Last month' },
      actors: [
        ['wang-yi', 'CLAIMANT'],
        ['china', 'AGENT'],
        ['syria', 'BENEFICIARY'],
        ['syria-government', 'MENTIONED'],
      ],
      appearance: {
        quote: { exact: 'China would play a major role in funding rebuilding in the country' },
        statedCertainty: 'OFFICIAL_STATEMENT',
        cues: [['ATTRIBUTION_VERB', 'pledged']],
        attribution: [
          { role: 'QUOTED_SPEAKER', actor: 'wang-yi', quote: 'Chinese Foreign Minister Wang Yi' },
          { role: 'REPORTER', source: 'independent', quote: 'Independent' },
        ],
      },
    },
    {
      key: 'reconstruction-partners',
      text: 'Syria is looking to Russia and Iran for major reconstruction efforts.',
      type: 'STATE_OF_AFFAIRS',
      actors: [
        ['syria', 'AGENT'],
        ['russia', 'BENEFICIARY'],
        ['iran', 'BENEFICIARY'],
      ],
      appearance: {
        quote: {
          exact: 'Syria is also looking to Russia and Iran, its military partners, for major reconstruction efforts',
        },
        statedCertainty: 'ASSERTED_UNATTRIBUTED',
        attribution: [{ role: 'REPORTER', source: 'independent', quote: 'Independent' }],
      },
    },
  ],

  relations: [
    {
      from: 'state-media-silence',
      to: 'deployment',
      type: 'UNDERCUTS',
      note: 'No confirmation from Chinese state media.',
    },
    {
      from: 'state-media-silence',
      to: 'intends-to-send',
      type: 'UNDERCUTS',
      note: 'No confirmation from Chinese state media.',
    },
    {
      from: 'state-media-silence',
      to: 'tartous-arrival',
      type: 'UNDERCUTS',
      note: 'No confirmation from Chinese state media.',
    },
    {
      from: 'deployment',
      to: 'intends-to-send',
      type: 'DERIVED_FROM',
      note: 'The lede turns the rumoured intention into a possible deployment.',
    },
    {
      from: 'deployment',
      to: 'tartous-arrival',
      type: 'DERIVED_FROM',
      note: 'The lede rests on the unconfirmed Tartous reports.',
    },
    {
      from: 'tartous-arrival',
      to: 'deployment',
      type: 'SPECIFIES',
      note: 'Names a place and a day for the deployment.',
    },
    {
      from: 'anti-terror-law',
      to: 'against-policy',
      type: 'CONTRADICTS',
      note: 'The 2016 law allows overseas counter-terrorism operations.',
    },
    {
      from: 'uyghur-fighters',
      to: 'fears-return',
      type: 'SUPPORTS',
      note: 'The number of fighters who left is the reason for the fear.',
    },
    { from: 'funding-pledge', to: 'ties-rising', type: 'SUPPORTS' },
  ],

  assessments: [
    {
      claim: 'deployment',
      verificationStatus: 'IN_PROGRESS',
      credibility: 5,
      rationale: 'Rests on a rumour and unconfirmed reports; no named source and no confirmation from China.',
    },
    { claim: 'tartous-arrival', verificationStatus: 'IN_PROGRESS', credibility: 6 },
    {
      claim: 'state-media-silence',
      verificationStatus: 'PROBABLY_TRUE',
      credibility: 2,
      likelihood: 'LIKELY',
      confidence: 70,
      rationale: 'Consistent with the article and with China’s practice of not announcing overseas deployments.',
    },
  ],
};
