import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Option<V extends string> {
  value: V;
  label: ReactNode;
}

interface GroupProps<V extends string> {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  name: string;
  options: Option<V>[];
}

function GroupFrame({
  legend,
  hint,
  error,
  required,
  ids,
  children,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  ids: { hint: string; error: string };
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const describedBy = [hint ? ids.hint : '', error ? ids.error : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={['field', 'choices', error ? 'field-invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={describedBy}
    >
      <legend className="field-label">
        {legend}
        {required && (
          <span className="badge badge-required" aria-hidden="true">
            {t('common.required')}
          </span>
        )}
      </legend>
      {hint && (
        <div id={ids.hint} className="field-hint">
          {hint}
        </div>
      )}
      <div className="choices-list">{children}</div>
      {error && (
        <p id={ids.error} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function useGroupIds(name: string) {
  const base = `${name}${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return { base, hint: `${base}-hint`, error: `${base}-error` };
}

/** One option of a group: its input (`id`) with the label after it. */
function Choice({ id, label, children }: { id: string; label: ReactNode; children: ReactNode }) {
  return (
    <div className="choice">
      {children}
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function RadioGroup<V extends string>({
  value,
  onChange,
  ...props
}: GroupProps<V> & { value: V | null; onChange: (value: V) => void }) {
  const ids = useGroupIds(props.name);
  return (
    <GroupFrame {...props} ids={ids}>
      {props.options.map((o) => (
        <Choice key={o.value} id={`${ids.base}-${o.value}`} label={o.label}>
          <input
            type="radio"
            id={`${ids.base}-${o.value}`}
            name={props.name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            aria-invalid={props.error ? true : undefined}
            required={props.required}
          />
        </Choice>
      ))}
    </GroupFrame>
  );
}

export function CheckboxGroup<V extends string>({
  value,
  onChange,
  ...props
}: GroupProps<V> & { value: readonly V[]; onChange: (value: V[]) => void }) {
  const ids = useGroupIds(props.name);
  const toggle = (v: V, on: boolean) => {
    const next = props.options.map((o) => o.value).filter((x) => (x === v ? on : value.includes(x)));
    onChange(next);
  };
  return (
    <GroupFrame {...props} ids={ids}>
      {props.options.map((o) => (
        <Choice key={o.value} id={`${ids.base}-${o.value}`} label={o.label}>
          <input
            type="checkbox"
            id={`${ids.base}-${o.value}`}
            name={props.name}
            value={o.value}
            checked={value.includes(o.value)}
            onChange={(e) => toggle(o.value, e.currentTarget.checked)}
            aria-invalid={props.error ? true : undefined}
          />
        </Choice>
      ))}
    </GroupFrame>
  );
}

/** A single checkbox with its label beside it. */
export function Checkbox({
  label,
  hint,
  error,
  checked,
  onChange,
  name,
  required,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name: string;
  required?: boolean;
}) {
  const id = `${name}${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field-invalid' : ''].filter(Boolean).join(' ')}>
      <div className="choice">
        <input
          type="checkbox"
          id={id}
          name={name}
          checked={checked}
          onChange={(e) => onChange(e.currentTarget.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          required={required}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <div id={`${id}-hint`} className="field-hint choice-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
