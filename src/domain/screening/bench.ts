// A timing check run by hand, not in the tests: `npx tsx src/domain/screening/bench.ts`.
// Screens 1,000 messages of about 500 characters (corpus messages, ordinary and caught ones,
// strung together) after a warm-up and prints how long it took; it should be well under a second.
import { CONTACT_TUNED_5 } from './corpus/contact-tuned-5';
import { LEGIT_TUNED_5 } from './corpus/legit-tuned-5';
import { screen } from './screen';

const pool = [...LEGIT_TUNED_5, ...CONTACT_TUNED_5];
const messages: string[] = [];
for (let i = 0; messages.length < 1000; i++) {
  let text = '';
  for (let k = i; text.length < 500; k += 7) text += pool[k % pool.length];
  messages.push(text.slice(0, 500));
}
// Worst cases for the windows: long runs of the characters the patterns look for.
messages.push('ここ以外'.repeat(120), '0 '.repeat(250), 'あっと'.repeat(160), 'ぷろふ'.repeat(160), '「'.repeat(500));

for (const text of messages.slice(0, 200)) screen(text);
const started = performance.now();
const cpu = process.cpuUsage();
let found = 0;
for (const text of messages) found += screen(text, { ownHost: 'yorozu.example' }).length;
const ms = performance.now() - started;
const cpuMs = process.cpuUsage(cpu).user / 1000;
// CPU time is what the engine costs; wall time also counts waiting for a busy machine.
console.log(
  `screened ${messages.length} messages of ≤ 500 characters: ${cpuMs.toFixed(0)} ms of CPU, ${ms.toFixed(0)} ms wall (${found} findings)`,
);
