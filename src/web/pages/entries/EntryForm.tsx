// 「作品を応募する」: a title, a description and the files of one entry.
import { useTranslation } from 'react-i18next';
import { EntryBody } from '../../../shared/api/applications';
import type { JobDetail } from '../../../shared/api/jobs';
import { type Entry, entriesApi } from '../../api/applications';
import { Button } from '../../components/Button';
import { ApiFormFrame } from '../../components/FormAlert';
import { FormAttachmentField, FormTextArea, FormTextField, useAttachmentForm } from '../../components/FormFields';

export function EntryForm({ job, onSubmitted }: { job: JobDetail; onSubmitted: (entry: Entry) => void }) {
  const { t } = useTranslation();
  const { form, attachments } = useAttachmentForm<{ title: string; description: string }>({
    schema: EntryBody,
    fields: ['title', 'description'],
    defaultValues: { title: '', description: '' },
  });

  const submit = form.onSubmit(async (values) => {
    const entry = await entriesApi.submit(job.id, { ...values, attachmentIds: attachments.ids });
    form.reset();
    attachments.reset();
    onSubmitted(entry);
  });

  return (
    <ApiFormFrame form={form} onSubmit={submit} className="form section entry-form">
      <FormTextField
        form={form}
        name="title"
        label={t('entries.entryTitle')}
        hint={t('entries.entryTitleHint')}
        required
        autoComplete="off"
        maxLength={100}
      />
      <FormTextArea
        form={form}
        name="description"
        label={t('entries.description')}
        hint={t('entries.descriptionHint')}
        rows={6}
      />
      <FormAttachmentField form={form} attachments={attachments} />
      <div className="form-actions">
        <Button type="submit" className="btn-large" busy={form.submitting}>
          {t('entries.submit')}
        </Button>
      </div>
    </ApiFormFrame>
  );
}
