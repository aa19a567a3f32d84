import type { FormHTMLAttributes, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../shared/errors';
import { findingsOf } from '../api/screening';
import { pointerToKey } from '../lib/validate';
import { Button } from './Button';
import { ScreeningFindings, ScreeningReview } from './ScreeningAlert';

interface Props {
  problem: Problem | null;
  /** Field errors the form cannot show next to a field. */
  otherErrors?: string[];
  alertRef?: RefObject<HTMLDivElement | null>;
  /** Extra help under the message, e.g. a button to resend the verification mail. */
  children?: ReactNode;
  /** The form's text at a caught field, so screening findings are shown in their context. */
  textOf?: (field: string) => string | undefined;
}

/** The form-level error: the problem's title and detail, announced when it appears. */
export function FormAlert({ problem, otherErrors = [], alertRef, children, textOf }: Props) {
  const { t } = useTranslation();
  return (
    <div ref={alertRef} role="alert" tabIndex={-1} className={problem ? 'alert alert-error' : 'alert-empty'}>
      {problem && (
        <>
          <p className="alert-title">{problem.title}</p>
          {problem.detail && <p>{problem.detail}</p>}
          <ScreeningFindings findings={findingsOf(problem)} textOf={textOf} />
          {otherErrors.length > 0 && (
            <ul className="alert-list">
              {otherErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          {problem.status >= 500 && problem.requestId && (
            <p className="alert-meta">{t('common.requestId', { id: problem.requestId })}</p>
          )}
          {children}
        </>
      )}
    </div>
  );
}

/** The parts of a form (useApiForm) that its alert shows and clears. */
interface AlertState {
  problem: Problem | null;
  otherErrors: string[];
  alertRef: RefObject<HTMLDivElement | null>;
  clearProblem: () => void;
  submitting: boolean;
  formRef?: RefObject<HTMLFormElement | null>;
  sendForReview?: (reason: string) => Promise<void>;
  held?: boolean;
}

/**
 * The alert of actions on data another person may have changed meanwhile: when the server
 * refused for that reason (`stale`), a 再読み込み button clears the problem and reloads, so
 * the user sees the current state instead of being stuck with the refusal.
 */
export function StaleActionAlert({
  form,
  stale,
  onReload,
  label,
}: {
  form: AlertState;
  stale: boolean;
  onReload?: () => void;
  /** The reload button's words; 「再読み込み」 unless the page names it. */
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormAlert
        problem={form.problem}
        otherErrors={form.otherErrors}
        alertRef={form.alertRef}
        textOf={(field) => fieldText(form.formRef?.current ?? null, field)}
      >
        <ScreeningReview form={form} />
        {stale && onReload && (
          <Button
            variant="secondary"
            className="btn-small"
            onClick={() => {
              form.clearProblem();
              onReload();
            }}
          >
            {label ?? t('common.retry')}
          </Button>
        )}
      </FormAlert>
      {form.sendForReview && <StatusMessage>{form.held && t('screening.heldForm')}</StatusMessage>}
    </>
  );
}

/**
 * A problem shown outside a form (a page that failed to load, a link that did not work).
 * With `alertRef` the message can take focus, e.g. when it replaces the control just used.
 */
export function ProblemMessage({
  problem,
  id,
  alertRef,
  children,
}: {
  problem: Problem;
  id?: string;
  alertRef?: RefObject<HTMLDivElement | null>;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div ref={alertRef} id={id} role="alert" tabIndex={alertRef ? -1 : undefined} className="alert alert-error">
      <p className="alert-title">{problem.title}</p>
      {problem.detail && <p>{problem.detail}</p>}
      {problem.status >= 500 && problem.requestId && (
        <p className="alert-meta">{t('common.requestId', { id: problem.requestId })}</p>
      )}
      {children}
    </div>
  );
}

/**
 * A success or progress message, announced politely. Render it before there is anything
 * to say (children false or null) so that screen readers notice when the text appears.
 */
export function StatusMessage({ children, tone = 'success' }: { children: ReactNode; tone?: 'success' | 'info' | 'warning' }) {
  const empty = children === null || children === undefined || children === false || children === '';
  return (
    <div role="status" className={empty ? 'status-empty' : `alert alert-${tone}`}>
      {children}
    </div>
  );
}

/**
 * A form of useApiForm with its alert first: the element the form focuses after a failed
 * attempt, with the browser's own checks off (the schema's messages are shown instead).
 * `alert` is extra help shown under a problem.
 */
export function ApiFormFrame({
  form,
  alert,
  heldMessage,
  children,
  ...props
}: Omit<FormHTMLAttributes<HTMLFormElement>, 'ref' | 'noValidate'> & {
  form: Omit<AlertState, 'clearProblem'> & {
    formRef: RefObject<HTMLFormElement | null>;
    clearProblem?: () => void;
    submitting?: boolean;
    sendForReview?: (reason: string) => Promise<void>;
    held?: boolean;
  };
  alert?: ReactNode;
  /** Said when the write was kept for staff review; a general sentence unless the form has its own. */
  heldMessage?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form ref={form.formRef} noValidate {...props}>
      <FormAlert
        problem={form.problem}
        otherErrors={form.otherErrors}
        alertRef={form.alertRef}
        textOf={(field) => fieldText(form.formRef.current, field)}
      >
        <ScreeningReview
          form={{ ...form, submitting: form.submitting ?? false, clearProblem: form.clearProblem ?? (() => {}) }}
        />
        {alert}
      </FormAlert>
      {form.sendForReview && <StatusMessage>{form.held && (heldMessage ?? t('screening.heldForm'))}</StatusMessage>}
      {children}
    </form>
  );
}

/** The value of the control a JSON pointer names ("/description" → name="description"). */
function fieldText(root: HTMLFormElement | null, pointer: string): string | undefined {
  const control = root?.querySelector(`[name="${CSS.escape(pointerToKey(pointer))}"]`);
  return control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement ? control.value : undefined;
}
