// Build step: the search index of the bundled data, written to dist/ with a fingerprint of data/.
import { writeFileSync } from 'node:fs';
import { bundledDataDir, buildSearchIndex, dataFingerprint, INDEX_FILE, loadDataset, searchDocs } from '../dist/index.js';

const dataset = await loadDataset();
const index = buildSearchIndex(searchDocs(dataset), dataFingerprint(bundledDataDir()));
writeFileSync(`dist/${INDEX_FILE}`, JSON.stringify(index));
console.log(`dist/${INDEX_FILE}: ${index.tokens.length} tokens over ${index.documents} records`);
