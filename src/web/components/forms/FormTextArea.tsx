// A text area bound to one field of a form: the field's name is given once, and the
// form's message for it (from the checks or the server) shows under it.
import type { ComponentProps } from 'react';
import type { FieldValues, Path } from 'react-hook-form';
import type { ApiForm } from '../../lib/form';
import { TextAreaField } from '../TextField';

type Props<T extends FieldValues> = {
  form: ApiForm<T>;
  name: Path<T>;
} & Omit<ComponentProps<typeof TextAreaField>, 'form' | 'name' | 'error' | 'onChange' | 'onBlur'>;

export function FormTextArea<T extends FieldValues>({ form, name, ...textarea }: Props<T>) {
  return <TextAreaField {...textarea} {...form.register(name)} error={form.errorOf(name)} />;
}
