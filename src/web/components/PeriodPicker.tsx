// 「月を選ぶ」「年を選ぶ」: one field and a button that go to the statement of the period
// typed. What people type is read leniently (full-width digits, 「2025年」, 「2026/4」);
// what cannot be read gets an error under the field, which takes the focus.
import { type FormEvent, type InputHTMLAttributes, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from './Button';
import { TextField } from './TextField';

export function PeriodPicker({
  id,
  value: current,
  label,
  hint,
  action,
  read,
  input,
}: {
  id: string;
  /** The period shown now, as the field shows it. */
  value: string;
  label: string;
  hint: string;
  /** The button's words. */
  action: string;
  /** The page of what was typed, or the error to show. */
  read: (typed: string) => { path: string } | { error: string };
  /** The field's own attributes (type, max, inputMode …). */
  input: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>;
}) {
  const navigate = useNavigate();
  const [value, setValue] = useState(current);
  const [error, setError] = useState<string | undefined>(undefined);
  useEffect(() => {
    setValue(current);
    setError(undefined);
  }, [current]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const result = read(value.normalize('NFKC').trim());
    if ('error' in result) {
      setError(result.error);
      document.getElementById(id)?.focus();
      return;
    }
    setError(undefined);
    navigate(result.path);
  };

  return (
    <form className="month-picker" noValidate onSubmit={submit}>
      <TextField
        {...input}
        id={id}
        label={label}
        hint={hint}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        error={error}
      />
      <Button type="submit" variant="secondary">
        {action}
      </Button>
    </form>
  );
}
