// One setting changed on its own card (the e-mail address, the password): the title, a
// lead, the form with its alert, one submit button and the message after a success.
import type { FormEventHandler, ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { Button } from '../../components/Button';
import { ApiFormFrame, StatusMessage } from '../../components/FormAlert';
import type { ApiForm } from '../../lib/form';

interface Props<T extends FieldValues> {
  /** The title's id, which names the card. */
  id: string;
  title: string;
  lead: ReactNode;
  form: ApiForm<T>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  /** Said after a success, e.g. 「パスワードを変更しました」; empty otherwise. */
  status: ReactNode;
  children: ReactNode;
}

export function SettingsCard<T extends FieldValues>({
  id,
  title,
  lead,
  form,
  onSubmit,
  submitLabel,
  status,
  children,
}: Props<T>) {
  return (
    <section aria-labelledby={id} className="section card">
      <h2 id={id}>{title}</h2>
      <p>{lead}</p>
      <ApiFormFrame form={form} onSubmit={onSubmit} className="form">
        {children}
        <div className="form-actions">
          <Button type="submit" busy={form.submitting}>
            {submitLabel}
          </Button>
        </div>
        <StatusMessage>{status}</StatusMessage>
      </ApiFormFrame>
    </section>
  );
}
