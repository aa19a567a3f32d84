import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { PROBLEMS, type Problem } from '../../shared/errors';
import { toProblem } from '../api/client';
import { useLang } from '../i18n';
import { type FieldErrors, pointerToKey } from './validate';

export interface FormSubmit {
  submitting: boolean;
  problem: Problem | null;
  fieldErrors: FieldErrors;
  /** Field errors whose field this form does not show; FormAlert lists them. */
  otherErrors: string[];
  /** Runs the submit action; an error becomes the problem and field errors. */
  run: (action: () => Promise<void>) => Promise<void>;
  /** Shows client-side field errors as a validation-failed problem. */
  fail: (errors: FieldErrors) => void;
  clear: () => void;
  formRef: RefObject<HTMLFormElement | null>;
  alertRef: RefObject<HTMLDivElement | null>;
}

/**
 * Submission state of a form. `fields` names the fields it shows; an error for
 * "portfolioLinks.2" belongs to the field "portfolioLinks".
 */
export function useFormSubmit(fields: readonly string[]): FormSubmit {
  const lang = useLang();
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [focusRequest, setFocusRequest] = useState(0);
  const busy = useRef(false);
  const formRef = useRef<HTMLFormElement | null>(null);
  const alertRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? alertRef.current)?.focus();
  }, [focusRequest]);

  const show = useCallback((next: Problem, errors: FieldErrors) => {
    setProblem(next);
    setFieldErrors(errors);
    setFocusRequest((n) => n + 1);
  }, []);

  const clear = useCallback(() => {
    setProblem(null);
    setFieldErrors({});
  }, []);

  const fail = useCallback(
    (errors: FieldErrors) => {
      const text = PROBLEMS['validation-failed'][lang];
      show({ type: 'about:blank', status: 400, code: 'validation-failed', title: text.title, detail: text.detail }, errors);
    },
    [lang, show],
  );

  const run = useCallback(
    async (action: () => Promise<void>) => {
      if (busy.current) return;
      busy.current = true;
      setSubmitting(true);
      clear();
      try {
        await action();
      } catch (error) {
        const next = toProblem(error);
        const errors: FieldErrors = {};
        for (const e of next.errors ?? []) {
          const key = pointerToKey(e.pointer);
          if (!(key in errors)) errors[key] = e.detail;
        }
        show(next, errors);
      } finally {
        busy.current = false;
        setSubmitting(false);
      }
    },
    [clear, show],
  );

  const known = (key: string) => fields.some((f) => key === f || key.startsWith(`${f}.`));
  const otherErrors = Object.entries(fieldErrors)
    .filter(([key]) => !known(key))
    .map(([, message]) => message);

  return { submitting, problem, fieldErrors, otherErrors, run, fail, clear, formRef, alertRef };
}
