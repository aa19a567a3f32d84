import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { Field } from './Field';

interface Common {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  id?: string;
  suffix?: ReactNode;
}

type InputProps = Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'>;

export function TextField({ label, hint, error, required, id, suffix, className, ...input }: InputProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} id={id} suffix={suffix}>
      {(control) => <input className={['input', className].filter(Boolean).join(' ')} {...input} {...control} />}
    </Field>
  );
}

type TextAreaProps = Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required'>;

export function TextAreaField({ label, hint, error, required, id, ...textarea }: TextAreaProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} id={id}>
      {(control) => <textarea className="input textarea" {...textarea} {...control} />}
    </Field>
  );
}

type SelectProps = Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'required'> & {
    options: { value: string; label: string }[];
  };

export function SelectField({ label, hint, error, required, id, options, ...select }: SelectProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} id={id}>
      {(control) => (
        <select className="input select" {...select} {...control}>
          <Options options={options} />
        </select>
      )}
    </Field>
  );
}

export interface OptionGroup {
  label: string;
  options: { value: string; label: string }[];
}

type GroupedSelectProps = Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'required'> & {
    /** Options before the groups, e.g. 「選択してください」. */
    leading?: { value: string; label: string }[];
    groups: OptionGroup[];
  };

/** A select whose options are grouped under headings (<optgroup>), e.g. categories by parent. */
export function GroupedSelectField({ label, hint, error, required, id, leading = [], groups, ...select }: GroupedSelectProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} id={id}>
      {(control) => (
        <select className="input select" {...select} {...control}>
          <Options options={leading} />
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              <Options options={g.options} />
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

function Options({ options }: { options: { value: string; label: string }[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}
