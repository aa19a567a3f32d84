// The column types the tables share: timestamps, JSON documents, dates and integers.
import type { ColumnType } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
export type Json<T> = ColumnType<T, string | T | undefined, string | T>;
export type DateColumn = ColumnType<string, string, string>;
export type Int = ColumnType<number, number | undefined, number>;
