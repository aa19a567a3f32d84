// Several writes of one step sent to the database as one statement, each a CTE of it.
// A short step's cost is mostly its round trips (a socket write and a wake-up on both
// sides per statement), so a step that writes a transition, its timeline, its notices and
// its ledger posting does it in one. The writes are the same as when sent one by one; a
// part that depends on another (a timeline row on its compare-and-set) says so with a
// guard, because all parts see the same snapshot and none sees another's rows.
import { type Expression, type OperationNodeSource, type RawBuilder, sql } from 'kysely';
import type { Db } from './database';

/** A condition on other parts of the statement, such as "that compare-and-set matched". */
export type Guard = RawBuilder<boolean>;

export const always: Guard = sql<boolean>`true`;

export class Statement {
  readonly #ctes: RawBuilder<unknown>[] = [];
  readonly #outputs = new Map<string, RawBuilder<unknown>>();
  #next = 0;

  /** `db` runs the statement, and builds the queries of its parts. */
  constructor(readonly db: Db) {}

  /**
   * Adds a part; returns its name. A data-modifying part runs whether or not anything
   * reads it; to be read (counted, guarded on) it needs a RETURNING clause.
   */
  with(prefix: string, body: RawBuilder<unknown> | OperationNodeSource): string {
    const name = `${prefix}_${this.#next++}`;
    this.#ctes.push(sql`${sql.id(name)} as (${body})`);
    return name;
  }

  /** The rows of a part, to select from in a later part. */
  ref(name: string): RawBuilder<unknown> {
    return sql.id(name);
  }

  /** True when the part returned a row. */
  matched(name: string): Guard {
    return sql<boolean>`exists (select from ${sql.id(name)})`;
  }

  /** The first value of `column` in a part's rows, as an expression for a later part. */
  valueOf<T>(name: string, column: string): RawBuilder<T> & Expression<T> {
    return sql<T>`(select ${sql.id(column)} from ${sql.id(name)} limit 1)`;
  }

  /** Makes the result tell how many rows the part returned. */
  count(name: string): void {
    this.#outputs.set(name, sql`(select count(*) from ${sql.id(name)})::int`);
  }

  /** Makes the result carry the first value of `column` in the part's rows. */
  output(name: string, column: string): void {
    this.#outputs.set(name, this.valueOf(name, column));
  }

  get empty(): boolean {
    return this.#ctes.length === 0;
  }

  async execute(): Promise<StatementResult> {
    if (this.#ctes.length === 0) return new StatementResult({});
    const outputs = [...this.#outputs].map(([name, value]) => sql`${value} as ${sql.id(name)}`);
    const { rows } = await sql<Record<string, unknown>>`
      with ${sql.join(this.#ctes)}
      select ${outputs.length > 0 ? sql.join(outputs) : sql`1 as one`}`.execute(this.db);
    return new StatementResult(rows[0] ?? {});
  }
}

export class StatementResult {
  constructor(private readonly row: Record<string, unknown>) {}

  /** How many rows a counted part returned. */
  count(name: string): number {
    return Number(this.row[name] ?? 0);
  }

  matched(name: string): boolean {
    return this.count(name) > 0;
  }

  value<T>(name: string): T | null {
    return (this.row[name] as T | undefined) ?? null;
  }
}
