// Servers the benchmarks measure, each started in its own process so that the load
// generator does not share a core with it:
//   baseline <databaseUrl>  bare Fastify + pg: one primary-key SELECT per request
//   app <databaseUrl>       the real Yorozu app on that database
// Prints "listening <port>" when ready; exits when its parent goes away.
import Fastify from 'fastify';
import pg from 'pg';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/database';
import { buildApp } from '../src/server/http/app';
import { devMailboxMailer } from '../src/server/integrations/mail/mailer';

const [kind, databaseUrl] = process.argv.slice(2);
if (!databaseUrl) throw new Error('usage: servers.ts baseline|app <databaseUrl>');

// Stop with the parent, whatever happens to it.
setInterval(() => {
  if (process.ppid === 1) process.exit(0);
}, 1000).unref();
process.on('disconnect', () => process.exit(0));

async function start() {
  if (kind === 'baseline') {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    const app = Fastify({ logger: false });
    app.get('/users/:id', async (request) => {
      const { rows } = await pool.query('select id, username, display_name from users where id = $1', [
        (request.params as { id: string }).id,
      ]);
      return rows[0] ?? null;
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
    return;
  }
  const config = loadConfig({
    NODE_ENV: 'production',
    YOROZU_SECRET: 'bench-secret-bench-secret-bench-secret!',
    PUBLIC_URL: 'http://127.0.0.1',
    DATABASE_URL: databaseUrl,
    SMTP_URL: 'smtp://127.0.0.1:1',
    LOG_LEVEL: 'warn',
    YOROZU_RUN_WORKER: 'false',
    PUBLIC_CACHE_SECONDS: process.env.PUBLIC_CACHE_SECONDS ?? '5',
  });
  const database = await openDatabase({ url: databaseUrl, poolSize: 10 });
  const app = await buildApp({ config, database, mailer: devMailboxMailer(database.db), logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
}

start().catch((error) => {
  console.error(error);
  process.exit(1);
});
