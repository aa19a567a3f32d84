// Forms: react-hook-form holds the values and errors; the shared zod schemas check them
// before sending (through @hookform/resolvers, with the server's own Japanese and English
// messages), and a refusal from the server lands on the fields its JSON pointers name.
// What is left — the form-level problem, errors for fields the form does not show, focus
// on the first mistake — is this small adapter.
import { zodResolver } from '@hookform/resolvers/zod';
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import {
  type FieldError,
  type FieldErrors,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormProps,
  type UseFormReturn,
  useForm,
} from 'react-hook-form';
import type { z } from 'zod';
import { PROBLEMS, type Problem } from '../../shared/errors';
import { HeldForReview, toProblem, withScreeningReview } from '../api/client';
import { useLang } from '../i18n';
import { pointerToKey, schemaErrors } from './validate';

/** A zod resolver whose messages are the shared field messages in the page's language. */
export function sharedResolver<T extends FieldValues>(schema: z.ZodType, lang: 'ja' | 'en'): Resolver<T, unknown, T> {
  const base = zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<T, unknown, T>;
  return async (values, context, options) => {
    const result = await base(values, context, options);
    if (Object.keys(result.errors).length === 0) return result;
    const messages = schemaErrors(schema, values, lang);
    const errors: Record<string, FieldError> = {};
    for (const [key, message] of Object.entries(messages)) errors[key] = { type: 'schema', message };
    return { values: {}, errors: nest(errors) as FieldErrors<T> };
  };
}

/** {"a.0.b": e} → {a: [{b: e}]}, the shape react-hook-form keeps errors in. */
function nest(flat: Record<string, FieldError>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, error] of Object.entries(flat)) {
    const parts = key === '' ? ['root'] : key.split('.');
    let node: Record<string, unknown> = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        node[part] = error;
        return;
      }
      if (node[part] === undefined) node[part] = /^\d+$/.test(parts[i + 1] ?? '') ? [] : {};
      node = node[part] as Record<string, unknown>;
    });
  }
  return root;
}

/** Every message in react-hook-form's nested errors, keyed "a.0.b". */
export function flattenErrors(errors: FieldErrors, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === 'ref') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as FieldError).message === 'string' && (value as FieldError).type !== undefined) {
      out[path] = (value as FieldError).message as string;
    } else if (typeof value === 'object') {
      Object.assign(out, flattenErrors(value as FieldErrors, path));
    }
  }
  return out;
}

export interface ApiFormOptions<T extends FieldValues> extends Omit<UseFormProps<T, unknown, T>, 'resolver'> {
  /** The shared schema the values must satisfy before they are sent. */
  schema?: z.ZodType;
  /** Checks the schema cannot express (two fields together, a choice from a list). */
  check?: (values: T) => Record<string, string>;
  /**
   * The fields this form shows. A server error for any other field is listed in the
   * form's alert instead; "links.2" belongs to the field "links".
   */
  fields: readonly string[];
  /** After a write sent for staff review was held (not done yet): e.g. empty the composer. */
  onHeld?: () => void;
}

export interface ApiForm<T extends FieldValues> extends UseFormReturn<T, unknown, T> {
  /** The form-level problem (a refusal or the summary of mistakes), null when none. */
  problem: Problem | null;
  /** Server errors for fields the form does not show. */
  otherErrors: string[];
  submitting: boolean;
  alertRef: RefObject<HTMLDivElement | null>;
  formRef: RefObject<HTMLFormElement | null>;
  /** The message of a field (or of anything under it, "links" for "links.2"). */
  errorOf: (name: string) => string | undefined;
  /** An onSubmit handler: checks, then runs `action`; a problem it throws is shown. */
  onSubmit: (action: (values: T) => Promise<void>) => (event?: { preventDefault?: () => void }) => Promise<void>;
  /**
   * Runs an action that sends none of the form's values (a button beside the form, such as
   * 取り下げる): no checks, but the same busy state and the same place for its problem.
   */
  run: (action: () => Promise<void>) => Promise<void>;
  /** Shows a problem that did not come from this form's submission (e.g. a related action). */
  showProblem: (error: unknown) => void;
  clearProblem: () => void;
  /**
   * When screening refused the last attempt (contact-details-detected): the same action
   * again, sent for staff review with the member's reason (Screening-Review).
   */
  sendForReview: (reason: string) => Promise<void>;
  /** The last attempt was kept for staff review: nothing was saved or sent yet. */
  held: boolean;
}

export function useApiForm<T extends FieldValues>({ schema, check, fields, onHeld, ...options }: ApiFormOptions<T>): ApiForm<T> {
  const lang = useLang();
  const resolver: Resolver<T, unknown, T> = async (values, context, resolverOptions) => {
    const base = schema ? await sharedResolver<T>(schema, lang)(values, context, resolverOptions) : { values, errors: {} };
    const extra = check ? check(values) : {};
    if (Object.keys(extra).length === 0) return base;
    const merged: Record<string, FieldError> = {};
    for (const [key, message] of Object.entries(flattenErrors(base.errors))) merged[key] = { type: 'schema', message };
    for (const [key, message] of Object.entries(extra)) merged[key] ??= { type: 'check', message };
    return { values: {}, errors: nest(merged) as FieldErrors<T> };
  };
  const form = useForm<T, unknown, T>({ ...options, shouldFocusError: false, resolver });
  const [problem, setProblem] = useState<Problem | null>(null);
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const alertRef = useRef<HTMLDivElement | null>(null);
  const formRef = useRef<HTMLFormElement | null>(null);
  const busy = useRef(false);
  const lastAction = useRef<(() => Promise<void>) | null>(null);
  const [held, setHeld] = useState(false);

  // After a failed attempt: the first field marked invalid, else the alert, takes focus.
  useEffect(() => {
    if (focusRequest === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? alertRef.current)?.focus();
  }, [focusRequest]);

  const known = useCallback((key: string) => fields.some((f) => key === f || key.startsWith(`${f}.`)), [fields]);
  const { setError, clearErrors } = form;

  const showProblem = useCallback(
    (error: unknown) => {
      const next = toProblem(error);
      const others: string[] = [];
      const seen = new Set<string>();
      for (const e of next.errors ?? []) {
        const key = pointerToKey(e.pointer);
        if (seen.has(key)) continue;
        seen.add(key);
        if (known(key)) setError(key as Path<T>, { type: 'server', message: e.detail });
        else others.push(e.detail);
      }
      setProblem(next);
      setOtherErrors(others);
      setFocusRequest((n) => n + 1);
    },
    [known, setError],
  );

  const clearProblem = useCallback(() => {
    setProblem(null);
    setOtherErrors([]);
  }, []);

  const invalid = useCallback(() => {
    const text = PROBLEMS['validation-failed'][lang];
    setProblem({ type: 'about:blank', status: 400, code: 'validation-failed', title: text.title, detail: text.detail });
    setOtherErrors([]);
    setFocusRequest((n) => n + 1);
  }, [lang]);

  const attempt = useCallback(
    async (action: () => Promise<void>) => {
      busy.current = true;
      setSubmitting(true);
      setHeld(false);
      lastAction.current = action;
      try {
        await action();
      } catch (error) {
        if (error instanceof HeldForReview) {
          setHeld(true);
          onHeld?.();
        } else showProblem(error);
      } finally {
        busy.current = false;
        setSubmitting(false);
      }
    },
    [showProblem, onHeld],
  );

  const onSubmit = useCallback(
    (action: (values: T) => Promise<void>) => async (event?: { preventDefault?: () => void }) => {
      event?.preventDefault?.();
      if (busy.current) return;
      clearProblem();
      clearErrors();
      await form.handleSubmit((values) => attempt(() => action(values)), invalid)();
    },
    [form, clearProblem, clearErrors, attempt, invalid],
  );

  const run = useCallback(
    async (action: () => Promise<void>) => {
      if (busy.current) return;
      clearProblem();
      clearErrors();
      await attempt(action);
    },
    [clearProblem, clearErrors, attempt],
  );

  const sendForReview = useCallback(
    async (reason: string) => {
      const action = lastAction.current;
      if (busy.current || !action) return;
      clearProblem();
      clearErrors();
      await attempt(() => withScreeningReview(reason, action));
      // Another try goes for review with the reason then given, not wrapped twice.
      lastAction.current = action;
    },
    [clearProblem, clearErrors, attempt],
  );

  const errorOf = (name: string) => {
    const flat = flattenErrors(form.formState.errors);
    if (flat[name] !== undefined) return flat[name];
    const nested = Object.keys(flat).find((key) => key.startsWith(`${name}.`));
    return nested ? flat[nested] : undefined;
  };

  return {
    ...form,
    problem,
    otherErrors,
    submitting,
    alertRef,
    formRef,
    errorOf,
    onSubmit,
    run,
    showProblem,
    clearProblem,
    sendForReview,
    held,
  };
}
