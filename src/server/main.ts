// Starts the marketplace: HTTP server and background worker in one process.
import { resolve } from 'node:path';
import closeWithGrace from 'close-with-grace';
import { ConfigError, loadConfig } from './config';
import { buildApp } from './http/app';
import { startWorker } from './queue/worker';
import { createMailer, describeDatabase, openRuntimeDatabase } from './runtime';
import { demoLoginsText, demoSeeded, isDatabaseEmpty, seedDemo } from './seed/demo';

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const database = await openRuntimeDatabase(config);
  const mailer = createMailer(config, database);
  const app = await buildApp({ config, database, mailer, webRoot: resolve('dist/web') });
  const deps = app.deps;

  const shouldSeed =
    config.seedDemo === 'true' || (config.seedDemo === 'auto' && config.mode === 'development' && (await isDatabaseEmpty(deps)));
  if (shouldSeed && (await seedDemo(deps))) app.log.info('demo data created');

  const worker = config.runWorker ? await startWorker(deps, mailer, app.log) : null;

  closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close(); // stops accepting, drains in-flight requests
    await worker?.stop();
    await mailer.close();
    await database.close();
  });

  await app.listen({ host: config.host, port: config.port });
  const lines = [
    '',
    `よろず (Yorozu) is running at ${config.publicUrl}  [${config.mode}]`,
    `  database: ${describeDatabase(config)}`,
    `  API docs: ${config.publicUrl}/api/docs`,
  ];
  if (mailer.kind === 'dev-mailbox') lines.push(`  mail viewer: ${config.publicUrl}/dev/mail`);
  if (config.mode !== 'production' && (await demoSeeded(deps))) lines.push('', demoLoginsText(config.publicUrl));
  console.log(`${lines.join('\n')}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
