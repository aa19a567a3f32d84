// 「作品を応募する」: a title, a description and the files of one entry.
import { useTranslation } from 'react-i18next';
import { EntryBody } from '../../../shared/api/applications';
import type { JobDetail } from '../../../shared/api/jobs';
import { type Entry, entriesApi } from '../../api/applications';
import { AttachmentField, attachmentError, useAttachments } from '../../components/Attachments';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { TextAreaField, TextField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { flattenErrors, useApiForm } from '../../lib/form';
import { schemaErrors } from '../../lib/validate';

export function EntryForm({ job, onSubmitted }: { job: JobDetail; onSubmitted: (entry: Entry) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const attachments = useAttachments();
  const form = useApiForm<{ title: string; description: string }>({
    fields: ['title', 'description', 'attachmentIds'],
    defaultValues: { title: '', description: '' },
    check: (values): Record<string, string> => ({
      ...schemaErrors(EntryBody, { ...values, attachmentIds: attachments.ids }, lang),
      ...(attachments.busy ? { attachmentIds: t('attachments.wait') } : {}),
    }),
  });

  const submit = form.onSubmit(async (values) => {
    const entry = await entriesApi.submit(job.id, { ...values, attachmentIds: attachments.ids });
    form.reset();
    attachments.reset();
    onSubmitted(entry);
  });

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="form section entry-form">
      <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
      <TextField
        label={t('entries.entryTitle')}
        hint={t('entries.entryTitleHint')}
        required
        autoComplete="off"
        maxLength={100}
        {...form.register('title')}
        error={form.errorOf('title')}
      />
      <TextAreaField
        label={t('entries.description')}
        hint={t('entries.descriptionHint')}
        rows={6}
        {...form.register('description')}
        error={form.errorOf('description')}
      />
      <AttachmentField attachments={attachments} error={attachmentError(flattenErrors(form.formState.errors))} />
      <div className="form-actions">
        <Button type="submit" className="btn-large" busy={form.submitting}>
          {t('entries.submit')}
        </Button>
      </div>
    </form>
  );
}
