// What every use case receives: the database (or the transaction it runs in), the
// configuration and the clock. Time is always read from `clock` so tests can move it.
import type { Config } from './config';
import type { Db } from './db/database';

export type Clock = () => Date;

export interface Deps {
  db: Db;
  config: Config;
  clock: Clock;
}

export const systemClock: Clock = () => new Date();
