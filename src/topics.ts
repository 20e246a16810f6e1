// The fixed list of topics. Records may only use these ids. `federal` names the federal authority at
// stake; `keyCases` are ids of court records in data/actions.json (a test checks they exist), so each
// case shown by `softsec topic` carries its own references; `refs` are the seed article's sources
// that discuss the topic as a whole.
export interface TopicInfo {
  description: string;
  federal: string;
  keyCases: string[];
  refs: number[];
}

export const TOPICS = {
  immigration: {
    description: 'Limits on state and local help to federal immigration enforcement (sanctuary laws, detainer refusals, court-arrest bans), and, from the other side, states enforcing immigration law against federal wishes.',
    federal: 'Federal immigration enforcement: ICE detainers and 287(g) agreements, 8 U.S.C. § 1373, and federal supremacy over immigration',
    keyCases: ['arizona-v-united-states-2012', 'ma-lunn-v-commonwealth-2017', 'us-v-california-9th-cir-2019', 'us-v-illinois-sanctuary-dismissed-2025'],
    refs: [14, 15],
  },
  abortion: {
    description: 'Shield laws that refuse out-of-state and federal reach into abortion care, telehealth protections, medication stockpiles, and state clashes with federal abortion rules.',
    federal: 'FDA regulation of mifepristone, the Emergency Medical Treatment and Labor Act (EMTALA), and the Comstock Act',
    keyCases: ['wa-v-fda-multistate-mifepristone-2023', 'id-v-united-states-emtala', 'tx-v-becerra-emtala-guidance'],
    refs: [],
  },
  'public-health': {
    description: 'State vaccine and public-health rules set apart from federal agencies: health alliances, state coverage mandates, and bans on federal vaccine mandates.',
    federal: 'CDC and ACIP vaccine recommendations, FDA approvals, and federal vaccine mandates (OSHA, CMS, federal contractors)',
    keyCases: ['ohio-v-osha-vaccine-or-test-challenge', 'missouri-v-biden-cms-vaccine-mandate-challenge'],
    refs: [2],
  },
  cannabis: {
    description: 'State legalization of marijuana, which remains a Schedule I drug under the federal Controlled Substances Act.',
    federal: 'The Controlled Substances Act, which lists marijuana in Schedule I',
    keyCases: ['court-2018-murphy-v-ncaa'],
    refs: [12],
  },
  firearms: {
    description: 'Second Amendment sanctuary and preservation laws and resolutions that refuse to enforce federal firearm rules.',
    federal: 'The National Firearms Act, the Gun Control Act, and federal firearm regulations',
    keyCases: ['mssa-v-holder-9th-cir-2013', 'us-v-cox-10th-cir-2018', 'us-v-missouri-sapa-2023-2024', 'court-1997-printz-v-united-states'],
    refs: [3],
  },
  fiscal: {
    description: 'The federal balance of payments ("donor states") and state acts that withhold, redirect or litigate federal money.',
    federal: 'Federal taxing and spending power, and conditions attached to federal grants',
    keyCases: ['court-2012-nfib-v-sebelius-medicaid', 'ny-nj-ct-md-salt-cap-lawsuit', 'multistate-2025-omb-funding-freeze-suit'],
    refs: [7, 8, 9, 13, 16],
  },
  policing: {
    description: 'State resistance to federal troop and agent deployments, including suits over National Guard federalization.',
    federal: 'Federalization of the National Guard (10 U.S.C. § 12406), the Posse Comitatus Act, and federal agent deployments',
    keyCases: ['court-2025-09-02-breyer-posse-comitatus', 'court-2025-11-07-immergut-permanent-injunction', 'court-2025-12-23-scotus-trump-v-illinois'],
    refs: [],
  },
  climate: {
    description: 'State climate coalitions and laws that keep to goals the federal government abandoned, and suits over federal climate rules.',
    federal: 'Clean Air Act regulation by the EPA, California\'s vehicle-emission waivers, and US withdrawal from the Paris Agreement',
    keyCases: ['mass-v-epa-2007', 'wv-v-epa-2022', 'ca-v-us-2025-cra-waivers'],
    refs: [],
  },
  elections: {
    description: 'State refusals of federal demands on elections, such as requests for voter data.',
    federal: 'Federal requests for state voter rolls and executive orders on election administration',
    keyCases: ['multistate-2025-19-states-election-eo-suit'],
    refs: [],
  },
  history: {
    description: 'Earlier non-cooperation the present rests on (nullification, personal liberty laws, REAL ID refusals) and the court doctrine it uses: anti-commandeering and the limits of federal coercion.',
    federal: 'The Alien and Sedition Acts, the tariffs of 1828 and 1832, the Fugitive Slave Acts, and the REAL ID Act',
    keyCases: ['court-1842-prigg-v-pennsylvania', 'court-1992-new-york-v-united-states', 'court-1997-printz-v-united-states', 'court-2018-murphy-v-ncaa', 'court-2012-nfib-v-sebelius-medicaid'],
    refs: [6],
  },
} as const satisfies Record<string, TopicInfo>;

/** The seed article's sources on soft secession as a whole: the term, its legal basis, its politics. */
export const OVERVIEW_REFS = [1, 3, 4, 5, 10, 11];

export type TopicId = keyof typeof TOPICS;
export const TOPIC_IDS = Object.keys(TOPICS) as [TopicId, ...TopicId[]];
