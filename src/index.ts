// The library entry: `import { loadDataset, search, stateProfile } from 'softsec'`.
export { loadDataset, bundledDataDir, type LoadOptions } from './data/load.js';
export { validateDataset } from './data/validate.js';
export { search, searchDocs, buildSearchIndex, type SearchHit, type SearchOptions, type SearchIndex, type RecordType } from './query/search.js';
export { dataFingerprint, INDEX_FILE } from './data/searchIndex.js';
export { stateProfile, type StateProfile } from './query/profile.js';
export { resolveState, resolveReferences } from './query/lookup.js';
export { citationText } from './render/citation.js';
export { TOPICS, TOPIC_IDS, type TopicId } from './topics.js';
export { SoftsecError, NotFound, BadValue, UsageError, BadDataset, type DatasetProblem } from './errors.js';
export type { Dataset, Reference, State, Action, Alliance, BalanceOfPayments } from './schema.js';
export { jsonSchemas } from './jsonSchema.js';
