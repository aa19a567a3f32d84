// The shape of an entry of the problem catalogue.

export type { Lang } from '../../domain/problem-codes';

/** What a reader is told, in one language. */
export interface ProblemText {
  title: string;
  detail: string;
}

/** A problem code's HTTP status and its text in every language. */
export interface ProblemDef {
  status: number;
  ja: ProblemText;
  en: ProblemText;
}
