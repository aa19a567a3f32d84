// The member's current password, asked again before a change that needs it (a new email
// address or password, the bank account, withdrawal): the browser offers the saved
// password, and the server's answer about it shows under the field.
import type { ReactNode } from 'react';
import type { FieldValues, Path } from 'react-hook-form';
import type { ApiForm } from '../../lib/form';
import { PasswordInput } from '../PasswordInput';

export function CurrentPasswordField<T extends FieldValues>({
  form,
  name,
  label,
  hint,
}: {
  form: ApiForm<T>;
  name: Path<T>;
  label: string;
  hint?: ReactNode;
}) {
  return (
    <PasswordInput
      label={label}
      hint={hint}
      autoComplete="current-password"
      required
      {...form.register(name)}
      error={form.errorOf(name)}
    />
  );
}
