// The shape of an entry of the notification catalogue: the parameters a notice is
// stored with, and its title and body in every language.
import type { Lang } from '../errors/types';

export type { Lang };

/** What a member reads, in one language. */
export interface NoticeText {
  title: string;
  body: string;
}

/** A notification kind: its text in every language, from its parameters. */
export interface NoticeDef<P> {
  ja: (params: P) => NoticeText;
  en: (params: P) => NoticeText;
}

/** Declares a kind with its parameter type (plain values only: ids, titles, amounts, ISO dates, counts, reasons). */
export function notice<P>(def: NoticeDef<P>): NoticeDef<P> {
  return def;
}
