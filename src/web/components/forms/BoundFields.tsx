// Text fields bound to one field of a form: the field's name is given once, and the form's
// message for it (from the checks or the server) shows under it.
import type { ComponentProps } from 'react';
import type { FieldValues, Path } from 'react-hook-form';
import type { ApiForm } from '../../lib/form';
import { TextAreaField, TextField } from '../TextField';

/** A field's own props, less those the form supplies (`form` here is the form's state, not the HTML attribute). */
type Bound<T extends FieldValues, P> = { form: ApiForm<T>; name: Path<T> } & Omit<
  P,
  'form' | 'name' | 'error' | 'onChange' | 'onBlur'
>;

export function FormTextField<T extends FieldValues>({ form, name, ...input }: Bound<T, ComponentProps<typeof TextField>>) {
  return <TextField {...input} {...form.register(name)} error={form.errorOf(name)} />;
}

export function FormTextArea<T extends FieldValues>({ form, name, ...textarea }: Bound<T, ComponentProps<typeof TextAreaField>>) {
  return <TextAreaField {...textarea} {...form.register(name)} error={form.errorOf(name)} />;
}
