import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ControlProps {
  id: string;
  required: boolean | undefined;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  id?: string;
  className?: string;
  /** Shown after the control, e.g. a unit such as 「時間」. */
  suffix?: ReactNode;
  children: (control: ControlProps) => ReactNode;
}

/** A label, an optional hint, the control and its error message, wired for assistive tech. */
export function Field({ label, hint, error, required, id, className, suffix, children }: FieldProps) {
  const { t } = useTranslation();
  const autoId = useId();
  const controlId = id ?? `f${autoId.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  return (
    <div className={['field', error ? 'field-invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <div className="field-label">
        <label htmlFor={controlId}>{label}</label>
        {required && (
          <span className="badge badge-required" aria-hidden="true">
            {t('common.required')}
          </span>
        )}
      </div>
      {hint && (
        <div id={hintId} className="field-hint">
          {hint}
        </div>
      )}
      <div className="field-control">
        {children({
          id: controlId,
          required: required || undefined,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy,
        })}
        {suffix && <span className="field-suffix">{suffix}</span>}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
