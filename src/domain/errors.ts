// The one error type for refusals. Domain and use cases throw it with a stable code from
// the catalogue; the HTTP layer alone turns it into an RFC 9457 problem document.
import type { FieldErrorCode, Lang, ProblemCode } from './problem-codes';

/** Extension members of the problem; a function when they must be localised. */
export type ProblemExtensions = Record<string, unknown> | ((lang: Lang) => Record<string, unknown>);

export interface FieldError {
  /** JSON pointer into the request body, e.g. "/email". */
  pointer: string;
  code: FieldErrorCode;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    readonly code: ProblemCode,
    /** Extension members added to the problem document (e.g. blockers, retryAfter). */
    readonly extensions: ProblemExtensions = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }

  static field(pointer: string, code: FieldErrorCode, params?: Record<string, string | number>): AppError {
    return new AppError('validation-failed', {}, [{ pointer, code, ...(params ? { params } : {}) }]);
  }
}
