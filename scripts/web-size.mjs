// The JavaScript the top page loads before it can show anything: the entry script and the
// modules it preloads, gzipped, as a browser on a phone network would download them.
// `node scripts/web-size.mjs [limit in KB]` after `npm run build`; exits 1 over the limit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..', 'dist', 'web');
const html = readFileSync(join(root, 'index.html'), 'utf8');
const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const file of new Set(files)) {
  const size = gzipSync(readFileSync(join(root, file))).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
const limit = Number(process.argv[2] ?? 0);
console.log(
  `${(total / 1024).toFixed(1).padStart(7)} KB  initial JavaScript of the top page (gzip)${limit ? `, limit ${limit} KB` : ''}`,
);
if (limit && total / 1024 > limit) process.exit(1);
