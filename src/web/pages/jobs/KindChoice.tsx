import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { JOB_KINDS, type JobKind } from '../../../domain/jobs/posting';
import { useJobText } from './jobText';

/** 仕事の形式: three cards, each a radio button with a one-line explanation. */
export function KindChoice({
  value,
  onChange,
  error,
}: {
  value: JobKind | null;
  onChange: (kind: JobKind) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const text = useJobText();
  const base = `kind${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const errorId = `${base}-error`;
  return (
    <fieldset
      className={['field', 'kind-choice', error ? 'field-invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field-label">
        {t('jobForm.kind')}
        <span className="badge badge-required" aria-hidden="true">
          {t('common.required')}
        </span>
      </legend>
      <div className="kind-options">
        {JOB_KINDS.map((kind) => (
          <div key={kind} className="kind-option">
            <input
              type="radio"
              id={`${base}-${kind}`}
              name="kind"
              value={kind}
              checked={value === kind}
              onChange={() => onChange(kind)}
              aria-describedby={`${base}-${kind}-body`}
              aria-invalid={error ? true : undefined}
              required
            />
            <label htmlFor={`${base}-${kind}`} className="kind-option-title">
              {text.kind(kind)}
            </label>
            <p id={`${base}-${kind}-body`} className="kind-option-body">
              {text.kindBody(kind)}
            </p>
          </div>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
