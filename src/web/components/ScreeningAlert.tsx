// What screening caught in a text, explained: each part highlighted in its context, the
// rule of the terms it breaks and why the rule exists; then the two ways on — edit the text,
// or send it for staff review with a reason (nothing is dropped silently).
import { type RefObject, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../shared/errors';
import { findingsOf, type ScreeningFinding } from '../api/screening';
import { useLang } from '../i18n';
import { pointerToKey } from '../lib/validate';
import { Button } from './Button';
import { TextAreaField } from './TextField';

const CONTEXT = 16;

/** The text around a caught part, with the part marked. */
export function Highlighted({ text, finding }: { text: string | undefined; finding: ScreeningFinding }) {
  if (!text || text.slice(finding.start, finding.end) !== finding.excerpt) return <mark>{finding.excerpt}</mark>;
  const from = Math.max(0, finding.start - CONTEXT);
  const to = Math.min(text.length, finding.end + CONTEXT);
  return (
    <>
      {from > 0 && '…'}
      {text.slice(from, finding.start)}
      <mark>{finding.excerpt}</mark>
      {text.slice(finding.end, to)}
      {to < text.length && '…'}
    </>
  );
}

/** The list of caught parts (inside a form's alert). */
export function ScreeningFindings({
  findings,
  textOf,
}: {
  findings: ScreeningFinding[];
  textOf?: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  if (findings.length === 0) return null;
  return (
    <div className="screening-findings">
      <p>{t('screening.caughtLead')}</p>
      <ul className="alert-list">
        {findings.map((f) => (
          <li key={`${f.field}:${f.start}`}>
            <p className="screening-excerpt">
              「<Highlighted text={textOf?.(f.field)} finding={f} />」
            </p>
            <p className="small">
              <strong>{t('screening.rule')}</strong> {f.reason[lang]}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** 「修正する」 and 「スタッフに確認を依頼する」 (a reason, then the same write sent for review). */
export function ScreeningActions({
  onEdit,
  onReview,
  busy,
}: {
  onEdit: () => void;
  onReview: (reason: string) => Promise<void>;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const id = useId();
  if (!asking)
    return (
      <div className="form-actions">
        <Button variant="secondary" className="btn-small" onClick={onEdit}>
          {t('screening.edit')}
        </Button>
        <Button variant="secondary" className="btn-small" onClick={() => setAsking(true)}>
          {t('screening.askReview')}
        </Button>
      </div>
    );
  return (
    <div className="screening-review">
      <TextAreaField
        id={`${id}-reason`}
        label={t('screening.reviewReason')}
        hint={t('screening.reviewHint')}
        rows={3}
        value={reason}
        onChange={(e) => {
          setReason(e.target.value);
          setError(undefined);
        }}
        error={error}
      />
      <div className="form-actions">
        <Button
          busy={busy}
          onClick={async () => {
            if (!reason.trim()) return setError(t('screening.reviewRequired'));
            await onReview(reason.trim());
          }}
        >
          {t('screening.reviewSend')}
        </Button>
        <Button variant="secondary" className="btn-small" onClick={() => setAsking(false)}>
          {t('screening.reviewCancel')}
        </Button>
      </div>
    </div>
  );
}

/** The parts of a form (useApiForm) that offering staff review needs. */
export interface ReviewableForm {
  problem: Problem | null;
  submitting: boolean;
  formRef?: RefObject<HTMLFormElement | null>;
  clearProblem: () => void;
  sendForReview?: (reason: string) => Promise<void>;
}

/**
 * Under a form's alert, when screening refused its write: 修正する (back to the first field
 * caught) or スタッフに確認を依頼する (the same write again, for review, with a reason).
 * Every form framed by ApiFormFrame gets it; others put it in their alert.
 */
export function ScreeningReview({ form }: { form: ReviewableForm }) {
  const findings = findingsOf(form.problem);
  const sendForReview = form.sendForReview;
  if (findings.length === 0 || !sendForReview) return null;
  const edit = () => {
    const key = pointerToKey(findings[0]?.field ?? '');
    const root = form.formRef?.current;
    form.clearProblem();
    const field =
      root?.querySelector<HTMLElement>(`[name="${CSS.escape(key)}"]`) ??
      root?.querySelector<HTMLElement>('input:not([type=hidden]), textarea, select');
    field?.focus();
  };
  return <ScreeningActions busy={form.submitting} onEdit={edit} onReview={sendForReview} />;
}
