// A text field bound to one field of a form: the field's name is given once, and the
// form's message for it (from the checks or the server) shows under it.
import type { ComponentProps } from 'react';
import type { FieldValues, Path } from 'react-hook-form';
import type { ApiForm } from '../../lib/form';
import { TextField } from '../TextField';

type Props<T extends FieldValues> = {
  form: ApiForm<T>;
  name: Path<T>;
} & Omit<ComponentProps<typeof TextField>, 'form' | 'name' | 'error' | 'onChange' | 'onBlur'>;

export function FormTextField<T extends FieldValues>({ form, name, ...input }: Props<T>) {
  return <TextField {...input} {...form.register(name)} error={form.errorOf(name)} />;
}
