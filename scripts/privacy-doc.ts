// Writes docs/privacy-map.md from the data map in src/server/db/privacy-map.ts.
import { writeFileSync } from 'node:fs';
import { renderPrivacyDoc } from '../src/server/db/privacy-map';

writeFileSync('docs/privacy-map.md', renderPrivacyDoc());
console.log('docs/privacy-map.md written');
