// 「見送る」 / 「辞退する」 with an optional reason the other side receives: the reason, the
// confirming button and 「戻る」. Used for an application and for an offer.
import type { z } from 'zod';
import { useLang } from '../../i18n';
import { type ApiForm, useApiForm } from '../../lib/form';
import { schemaErrors } from '../../lib/validate';
import { Button } from '../Button';
import { FormTextArea } from '../FormFields';

export type DeclineValues = { reason: string };

/** An empty reason is sent as none. */
export function reasonOf({ reason }: DeclineValues): string | null {
  return reason.trim() === '' ? null : reason;
}

/** The decision's form: the reason checked with the shared schema of the decline body. */
export function useDeclineForm(schema: z.ZodType): ApiForm<DeclineValues> {
  const lang = useLang();
  return useApiForm<DeclineValues>({
    fields: ['reason'],
    defaultValues: { reason: '' },
    check: (values) => schemaErrors(schema, { reason: reasonOf(values) }, lang),
  });
}

export function DeclineForm({
  form,
  reasonId,
  label,
  confirmLabel,
  backLabel,
  busy,
  onDecline,
  onBack,
}: {
  form: ApiForm<DeclineValues>;
  reasonId: string;
  label: string;
  confirmLabel: string;
  backLabel: string;
  busy: boolean;
  onDecline: (reason: string | null) => Promise<void>;
  onBack: () => void;
}) {
  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={form.onSubmit((values) => onDecline(reasonOf(values)))}
      className="form confirm-panel decline-panel"
    >
      <FormTextArea form={form} name="reason" id={reasonId} label={label} rows={3} />
      <div className="form-actions">
        <Button type="submit" variant="danger" busy={busy}>
          {confirmLabel}
        </Button>
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() => {
            form.reset();
            form.clearProblem();
            onBack();
          }}
        >
          {backLabel}
        </Button>
      </div>
    </form>
  );
}
