// The operator CLI: `yorozu <command>`. Reads the same configuration as the server.
import { parseArgs } from 'node:util';
import { normaliseUsername } from '../domain/accounts/username';
import { AppError } from '../domain/errors';
import { ConfigError, loadConfig } from '../server/config';
import { migrate } from '../server/db/database';
import { findUserByUsername } from '../server/db/repositories/users';
import { createDeps } from '../server/deps';
import { describeDatabase, openRuntimeDatabase } from '../server/runtime';
import { demoLoginsText, seedDemo } from '../server/seed/demo';
import { createStaff } from '../server/use-cases/accounts/create-staff';
import { exportPersonalData } from '../server/use-cases/accounts/export-personal-data';
import { getWithdrawalStats } from '../server/use-cases/withdrawal/get-withdrawal-stats';
import { WITHDRAWAL_REASONS, type WithdrawalReason } from '../shared/api/withdrawal';
import { STAFF_ROLES, type StaffRole } from '../shared/labels';

const HELP = `よろず operator CLI

Usage: yorozu <command> [options]

Commands:
  migrate                         apply pending database migrations
  seed --demo                     create the demo accounts (idempotent)
  create-staff --email E --username U --name N --role R
                                  create a staff account (or grant the role to the account
                                  with that email). The password is read from the
                                  YOROZU_STAFF_PASSWORD environment variable.
                                  Roles: ${STAFF_ROLES.join(', ')}
  export-user <username>          print everything personal held about a user (JSON)
  withdrawal-stats                withdrawals by reason and month
  help                            show this text

The database is the one the server uses: DATABASE_URL, or PGlite in YOROZU_DATA_DIR.`;

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(HELP);
    return 0;
  }
  const config = loadConfig();
  const database = await openRuntimeDatabase(config, { migrate: command !== 'migrate' });
  const deps = createDeps({ db: database.db, config });
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrate(database.db);
        console.log(`${describeDatabase(config)}: ${applied.length === 0 ? 'up to date' : `applied ${applied.join(', ')}`}`);
        return 0;
      }
      case 'seed': {
        const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean' } } });
        if (!values.demo) {
          console.error('Only demo data can be seeded: yorozu seed --demo');
          return 2;
        }
        const created = await seedDemo(deps);
        console.log(created ? 'Demo data created.' : 'Demo data already present.');
        console.log(demoLoginsText(config.publicUrl));
        return 0;
      }
      case 'create-staff': {
        const { values } = parseArgs({
          args: rest,
          options: {
            email: { type: 'string' },
            username: { type: 'string' },
            name: { type: 'string' },
            role: { type: 'string' },
          },
        });
        const password = process.env.YOROZU_STAFF_PASSWORD ?? '';
        if (!values.email || !values.username || !values.name || !values.role) {
          console.error('create-staff needs --email, --username, --name and --role.');
          return 2;
        }
        if (!STAFF_ROLES.includes(values.role as StaffRole)) {
          console.error(`Unknown role "${values.role}". Roles: ${STAFF_ROLES.join(', ')}`);
          return 2;
        }
        const result = await createStaff(deps, {
          email: values.email,
          username: values.username,
          displayName: values.name,
          password,
          role: values.role as StaffRole,
        });
        console.log(
          result.created ? `Staff account created (${values.role}).` : `Role ${values.role} granted to the existing account.`,
        );
        return 0;
      }
      case 'export-user': {
        const username = normaliseUsername(rest[0] ?? '');
        const user = username ? await findUserByUsername(database.db, username) : undefined;
        if (!user) {
          console.error(`No user "${rest[0] ?? ''}". Usage: yorozu export-user <username>`);
          return 2;
        }
        const data = await exportPersonalData(database.db, user.id, new Date());
        console.log(JSON.stringify(data, null, 2));
        return 0;
      }
      case 'withdrawal-stats': {
        const { rows, totalByMonth } = await getWithdrawalStats(database.db);
        if (rows.length === 0) {
          console.log('No withdrawals yet.');
          return 0;
        }
        for (const [month, total] of Object.entries(totalByMonth)) {
          console.log(`${month}  ${total} withdrawal(s)`);
          for (const r of rows.filter((x) => x.month === month)) {
            const label = r.reason in WITHDRAWAL_REASONS ? WITHDRAWAL_REASONS[r.reason as WithdrawalReason].ja : '(理由なし)';
            console.log(`  ${String(r.count).padStart(5)}  ${label}`);
          }
        }
        return 0;
      }
      default:
        console.error(`Unknown command "${command}".\n\n${HELP}`);
        return 2;
    }
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    if (error instanceof ConfigError) console.error(error.message);
    else if (error instanceof AppError) console.error(`Refused: ${error.code} ${JSON.stringify(error.fieldErrors)}`);
    else console.error(error);
    process.exit(1);
  });
