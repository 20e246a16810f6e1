// The fixed list of topics. Records may only use these ids; descriptions are shown by
// `softsec topics` and documented in the README.
export const TOPICS = {
  immigration: 'Limits on state and local help to federal immigration enforcement (sanctuary laws, detainer refusals, court-arrest bans), and, from the other side, states enforcing immigration law against federal wishes.',
  abortion: 'Shield laws that refuse out-of-state and federal reach into abortion care, telehealth protections, medication stockpiles, and state clashes with federal abortion rules.',
  'public-health': 'State vaccine and public-health rules set apart from federal agencies: health alliances, state coverage mandates, and bans on federal vaccine mandates.',
  cannabis: 'State legalization of marijuana, which remains a Schedule I drug under the federal Controlled Substances Act.',
  firearms: 'Second Amendment sanctuary and preservation laws and resolutions that refuse to enforce federal firearm rules.',
  fiscal: 'The federal balance of payments ("donor states") and state acts that withhold, redirect or litigate federal money.',
  policing: 'State resistance to federal troop and agent deployments, including suits over National Guard federalization.',
  climate: 'State climate coalitions and laws that keep to goals the federal government abandoned, and suits over federal climate rules.',
  elections: 'State refusals of federal demands on elections, such as requests for voter data.',
  history: 'Earlier non-cooperation the present rests on (nullification, personal liberty laws, REAL ID refusals) and the court doctrine it uses.',
} as const;

export type TopicId = keyof typeof TOPICS;
export const TOPIC_IDS = Object.keys(TOPICS) as [TopicId, ...TopicId[]];
