// A stand-in for the server during the payout crash test: builds a batch, then marks every
// transfer of it done (or failed for every third), printing each step. The test kills this
// process with SIGKILL at random moments and starts it again.
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/database';
import { createDeps } from '../src/server/deps';
import { buildBatch } from '../src/server/use-cases/payouts/build-batch';
import { settlePayout } from '../src/server/use-cases/payouts/settle-payout';

const [url, staffId, paymentDate] = process.argv.slice(2) as [string, string, string];
const database = await openDatabase({ url, poolSize: 2 });
// The batch is built, and its transfers marked, on its transfer date (10:00 in Japan).
const deps = createDeps({
  db: database.db,
  config: loadConfig({ NODE_ENV: 'test', DATABASE_URL: url, YOROZU_DATA_DIR: './data-test' }),
  clock: () => new Date(`${paymentDate}T01:00:00Z`),
});
const due = await database.db.selectFrom('payout_requests').select('id').where('status', '=', 'requested').execute();
if (due.length > 0) {
  await buildBatch(deps, { staffId, paymentDate });
  console.log('batched');
}
const open = await database.db
  .selectFrom('payout_requests')
  .select(['id', 'number'])
  .where('status', '=', 'batched')
  .orderBy('number')
  .execute();
for (const p of open) {
  await settlePayout(deps, {
    staffId,
    payoutId: p.id,
    outcome: p.number % 3 === 0 ? 'failed' : 'paid',
    ...(p.number % 3 === 0 ? { reason: '口座が見つかりません' } : {}),
  });
  console.log(`settled ${p.number}`);
}
console.log('done');
await database.close();
process.exit(0);
