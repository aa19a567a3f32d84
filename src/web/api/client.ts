// A small fetch wrapper for the Yorozu API: JSON in and out, the CSRF token on every
// unsafe request, the UI language in Accept-Language, and problems thrown as ApiError.
import type { SessionInfo } from '../../shared/api/accounts';
import { isFieldErrorCode, isProblemCode, PROBLEMS, type Problem, type ProblemCode } from '../../shared/errors';
import { currentLang, i18n } from '../i18n';

const BASE = '/api/v1';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface SendOptions {
  /** Sends a write screening caught for staff review, with the member's reason (Screening-Review). */
  screeningReview?: string;
  /**
   * For money-moving requests: the same key on a retry makes the server replay its first
   * answer instead of acting twice. Make one per user action (newIdempotencyKey) and
   * reuse it when the same action is retried.
   */
  idempotencyKey?: string;
}

/**
 * A write that screening kept for staff review (202 with the held item) when it was sent
 * inside withScreeningReview: thrown so that the form's own success path (a redirect to
 * what it created, a "sent" message) does not run for something that is not there yet.
 */
export class HeldForReview extends Error {
  readonly heldItem: unknown;

  constructor(heldItem: unknown) {
    super('held for staff review');
    this.name = 'HeldForReview';
    this.heldItem = heldItem;
  }
}

let reviewReason: string | null = null;

/**
 * Runs a form's own action again with the member's reason for staff review: every write it
 * sends meanwhile carries the Screening-Review header, so any screened form can offer
 * 「スタッフに確認を依頼する」 without knowing which requests its action makes. A held
 * answer throws HeldForReview.
 */
export async function withScreeningReview(reason: string, action: () => Promise<void>): Promise<void> {
  reviewReason = reason;
  try {
    await action();
  } finally {
    reviewReason = null;
  }
}

export function newIdempotencyKey(): string {
  // getRandomValues works outside secure contexts too, unlike randomUUID.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): Problem['code'] {
    return this.problem.code;
  }
}

/** Turns anything thrown into a problem the UI can show. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  return {
    type: 'about:blank',
    title: i18n.t('errors.unexpectedTitle'),
    detail: i18n.t('errors.unexpectedDetail'),
    status: 0,
    code: 'internal-error',
  };
}

// ── session and CSRF token ──────────────────────────────────────────────────────

let csrfToken: string | null = null;
let pendingSession: Promise<SessionInfo> | null = null;
const sessionListeners = new Set<(info: SessionInfo) => void>();
const lostListeners = new Set<() => void>();

/** Called with every fresh SessionInfo (initial load, login, logout, CSRF refresh). */
export function onSession(listener: (info: SessionInfo) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/** Called when the server says the login is gone (401 unauthenticated). */
export function onSessionLost(listener: () => void): () => void {
  lostListeners.add(listener);
  return () => lostListeners.delete(listener);
}

export function publishSession(info: SessionInfo): void {
  csrfToken = info.csrfToken;
  for (const listener of sessionListeners) listener(info);
}

/** GET /session; concurrent callers share one request. */
export function loadSession(): Promise<SessionInfo> {
  if (!pendingSession) {
    pendingSession = send<SessionInfo>('GET', '/session', undefined, false)
      .then((info) => {
        publishSession(info);
        return info;
      })
      .finally(() => {
        pendingSession = null;
      });
  }
  return pendingSession;
}

// ── requests ────────────────────────────────────────────────────────────────────

function networkProblem(): Problem {
  return {
    type: 'about:blank',
    title: i18n.t('errors.networkTitle'),
    detail: i18n.t('errors.networkDetail'),
    status: 0,
    code: 'service-unavailable',
  };
}

/** For answers without a problem document (e.g. from a proxy in front of the server). */
const BY_STATUS: Partial<Record<number, ProblemCode>> = {
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  413: 'payload-too-large',
  429: 'too-many-requests',
  503: 'service-unavailable',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readFieldErrors(value: unknown): Problem['errors'] {
  if (!Array.isArray(value)) return undefined;
  const errors: NonNullable<Problem['errors']> = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.pointer !== 'string' || typeof item.detail !== 'string') continue;
    const code = typeof item.code === 'string' && isFieldErrorCode(item.code) ? item.code : 'invalid-type';
    errors.push({ pointer: item.pointer, code, detail: item.detail });
  }
  return errors;
}

async function readProblem(res: Response): Promise<Problem> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (isRecord(body) && typeof body.code === 'string' && isProblemCode(body.code)) {
    return {
      ...body,
      type: typeof body.type === 'string' ? body.type : 'about:blank',
      title: typeof body.title === 'string' ? body.title : res.statusText,
      detail: typeof body.detail === 'string' ? body.detail : '',
      status: typeof body.status === 'number' ? body.status : res.status,
      code: body.code,
      errors: readFieldErrors(body.errors),
    };
  }
  const lang = currentLang();
  const fallback = BY_STATUS[res.status] ?? (res.status >= 500 ? 'internal-error' : 'bad-request');
  const text = PROBLEMS[fallback][lang];
  return { type: 'about:blank', title: text.title, detail: text.detail, status: res.status, code: fallback };
}

async function send<T>(method: Method, path: string, body: unknown, retry: boolean, options: SendOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLang(),
  };
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  const unsafe = UNSAFE.has(method);
  const review = options.screeningReview ?? (unsafe ? reviewReason : null);
  if (review) headers['Screening-Review'] = encodeURIComponent(review);
  // A file upload goes as multipart/form-data; the browser writes that header with its boundary.
  const form = body instanceof FormData;
  if (unsafe) {
    if (csrfToken === null) await loadSession();
    if (csrfToken !== null) headers['X-CSRF-Token'] = csrfToken;
    if (!form) headers['Content-Type'] = 'application/json';
  }

  let res: Response;
  try {
    res = await fetch(BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: !unsafe ? undefined : form ? body : JSON.stringify(body ?? {}),
    });
  } catch {
    throw new ApiError(networkProblem());
  }

  if (res.ok) {
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    const data = text ? JSON.parse(text) : undefined;
    if (res.status === 202 && review && !options.screeningReview && isRecord(data) && 'heldItem' in data) {
      throw new HeldForReview(data.heldItem);
    }
    return data as T;
  }

  const problem = await readProblem(res);
  if (retry && problem.status === 403 && problem.code === 'csrf-failed') {
    await loadSession();
    return send<T>(method, path, body, false, options);
  }
  if (problem.status === 401 && problem.code === 'unauthenticated') {
    for (const listener of lostListeners) listener();
  }
  throw new ApiError(problem);
}

/**
 * A path the server handed out for a later request (e.g. a blocker's resolve href), as a
 * path under /api/v1. Accepts "/api/v1/…" or "/…"; anything that is not a same-site
 * path is refused.
 */
export function apiPath(href: string): string | null {
  if (!href.startsWith('/') || href.startsWith('//') || href.startsWith('/\\')) return null;
  return href === BASE || href.startsWith(`${BASE}/`) ? href.slice(BASE.length) : href;
}

export const api = {
  get: <T>(path: string) => send<T>('GET', path, undefined, true),
  post: <T>(path: string, body?: unknown, options?: SendOptions) => send<T>('POST', path, body, true, options),
  put: <T>(path: string, body: unknown) => send<T>('PUT', path, body, true),
  patch: <T>(path: string, body: unknown) => send<T>('PATCH', path, body, true),
  delete: <T>(path: string) => send<T>('DELETE', path, undefined, true),
  /** POST multipart/form-data, e.g. a file under the field "file". */
  upload: <T>(path: string, form: FormData) => send<T>('POST', path, form, true),
};
