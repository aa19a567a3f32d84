// Fields wired to a react-hook-form form: the value is registered under `name` and the
// field shows that name's message (the schema's, or the server's by JSON pointer).
import type { ComponentProps, ReactNode } from 'react';
import type { FieldValues, Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useLang } from '../i18n';
import { type ApiForm, type ApiFormOptions, useApiForm } from '../lib/form';
import { schemaErrors } from '../lib/validate';
import { AttachmentField, type Attachments, useAttachments } from './Attachments';
import { PasswordInput } from './PasswordInput';
import { GroupedSelectField, SelectField, TextAreaField, TextField } from './TextField';

type Named<T extends FieldValues> = { form: ApiForm<T>; name: Path<T> };

export function FormTextArea<T extends FieldValues>({
  form,
  name,
  ...props
}: Named<T> & Omit<ComponentProps<typeof TextAreaField>, 'error' | 'name' | 'value' | 'onChange' | 'form'>) {
  return <TextAreaField {...props} {...form.register(name)} error={form.errorOf(name)} />;
}

export function FormTextField<T extends FieldValues>({
  form,
  name,
  ...props
}: Named<T> & Omit<ComponentProps<typeof TextField>, 'error' | 'name' | 'value' | 'onChange' | 'form'>) {
  return <TextField {...props} {...form.register(name)} error={form.errorOf(name)} />;
}

/** A required e-mail address, with the e-mail keyboard; `autoComplete` says which address. */
export function FormEmailField<T extends FieldValues>({
  autoComplete = 'email',
  ...field
}: Omit<ComponentProps<typeof FormTextField<T>>, 'type' | 'inputMode' | 'required'>) {
  return <FormTextField<T> type="email" inputMode="email" autoComplete={autoComplete} required {...field} />;
}

/**
 * A yen amount or a count, with its unit after it: the numeric keyboard and no autofill (the
 * form's parsing accepts full-width digits and separators). `width` fits the box to the value.
 */
export function FormAmountField<T extends FieldValues>({
  unit,
  width,
  ...field
}: Omit<ComponentProps<typeof FormTextField<T>>, 'suffix' | 'className' | 'inputMode' | 'autoComplete'> & {
  unit: ReactNode;
  width?: 'amount' | 'short';
}) {
  return (
    <FormTextField<T> inputMode="numeric" autoComplete="off" className={width && `input-${width}`} suffix={unit} {...field} />
  );
}

export function FormPasswordInput<T extends FieldValues>({
  form,
  name,
  ...props
}: Named<T> & Omit<ComponentProps<typeof PasswordInput>, 'error' | 'name' | 'value' | 'onChange' | 'form'>) {
  return <PasswordInput {...props} {...form.register(name)} error={form.errorOf(name)} />;
}

export function FormSelect<T extends FieldValues>({
  form,
  name,
  ...props
}: Named<T> & Omit<ComponentProps<typeof SelectField>, 'error' | 'name' | 'value' | 'onChange' | 'form'>) {
  return <SelectField {...props} {...form.register(name)} error={form.errorOf(name)} />;
}

export function FormGroupedSelect<T extends FieldValues>({
  form,
  name,
  ...props
}: Named<T> & Omit<ComponentProps<typeof GroupedSelectField>, 'error' | 'name' | 'value' | 'onChange' | 'form'>) {
  return <GroupedSelectField {...props} {...form.register(name)} error={form.errorOf(name)} />;
}

/**
 * A form that sends files with its values (`attachmentIds`): the values and the files are
 * checked together with the shared schema, and it waits for uploads still on their way.
 */
export function useAttachmentForm<T extends FieldValues>({
  schema,
  fields,
  ...options
}: Omit<ApiFormOptions<T>, 'schema' | 'check'> & { schema: z.ZodType }): { form: ApiForm<T>; attachments: Attachments } {
  const { t } = useTranslation();
  const lang = useLang();
  const attachments = useAttachments();
  const form = useApiForm<T>({
    ...options,
    fields: [...fields, 'attachmentIds'],
    check: (values) => ({
      ...schemaErrors(schema, { ...values, attachmentIds: attachments.ids }, lang),
      ...(attachments.busy ? { attachmentIds: t('attachments.wait') } : {}),
    }),
  });
  return { form, attachments };
}

export function FormAttachmentField<T extends FieldValues>({
  form,
  attachments,
}: {
  form: ApiForm<T>;
  attachments: Attachments;
}) {
  return <AttachmentField attachments={attachments} error={form.errorOf('attachmentIds')} />;
}
