// What every use case receives: the database (or the transaction it runs in), the
// configuration and the clock. Time is always read from `clock` so tests can move it.
import type { Config } from './config';
import type { Db } from './db/database';
import { type FileStore, localFileStore } from './integrations/storage/local-files';
import { DEFAULT_REGISTRY, type WithdrawalRegistry } from './withdrawal/registry';

export type Clock = () => Date;

export interface Deps {
  db: Db;
  config: Config;
  clock: Clock;
  withdrawal: WithdrawalRegistry;
  /** Where attached files are kept. */
  files: FileStore;
}

export const systemClock: Clock = () => new Date();

export function createDeps(input: {
  db: Db;
  config: Config;
  clock?: Clock;
  withdrawal?: WithdrawalRegistry;
  files?: FileStore;
}): Deps {
  return {
    db: input.db,
    config: input.config,
    clock: input.clock ?? systemClock,
    withdrawal: input.withdrawal ?? DEFAULT_REGISTRY,
    files: input.files ?? localFileStore(input.config.uploadDir),
  };
}
