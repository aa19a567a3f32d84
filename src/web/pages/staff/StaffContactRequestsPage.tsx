// /staff/contact-requests — サービス外連絡申請: pending requests oldest first; support and
// moderators approve (contact details pass in that contract's thread) or reject with a note.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRequest } from '../../../shared/api/screening';
import { contactQueries, screeningApi } from '../../api/screening';
import { Button } from '../../components/Button';
import { FormAlert, StatusMessage } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { TextAreaField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDateTime } from '../../lib/format';
import { QueryView } from '../../lib/query';

export function StaffContactRequestsPage() {
  const { t } = useTranslation();
  const query = useQuery(contactQueries.pending());
  return (
    <Page
      className="staff-contact"
      title={t('screening.contact.staffTitle')}
      crumbs={[{ to: '/staff', label: t('money.staff.title') }]}
      lead={t('screening.contact.staffLead')}
    >
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="card empty-state">{t('screening.contact.staffEmpty')}</p>
          ) : (
            <ul className="screening-list">
              {data.items.map((r) => (
                <RequestItem key={r.id} request={r} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </Page>
  );
}

function RequestItem({ request: r }: { request: ContactRequest }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useApiForm<{ note: string }>({ fields: ['note'], defaultValues: { note: '' } });
  const [done, setDone] = useState<string | null>(null);
  const decide = (approve: boolean) =>
    form.run(async () => {
      await screeningApi.decideContact(r.id, approve, form.getValues('note'));
      // The item stays with what was decided until the page is opened again.
      setDone(t(approve ? 'screening.contact.staffApproved' : 'screening.contact.staffRejected'));
    });
  return (
    <li className="card">
      <h2 className="h3">{r.contractTitle}</h2>
      <p>
        {r.requester.displayName ?? r.requester.username}(@{r.requester.username}) —{' '}
        {t(`screening.contact.kinds.${r.reasonKind}`)}
      </p>
      <p>{r.reason}</p>
      <p className="muted small">{formatDateTime(r.createdAt, lang)}</p>
      <StatusMessage>{done}</StatusMessage>
      {!done && (
        <form className="form" onSubmit={(e) => e.preventDefault()} ref={form.formRef}>
          <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
          <TextAreaField label={t('screening.contact.staffNote')} rows={2} {...form.register('note')} />
          <div className="form-actions">
            <Button busy={form.submitting} onClick={() => decide(true)}>
              {t('screening.contact.staffApprove')}
            </Button>
            <Button variant="secondary" busy={form.submitting} onClick={() => decide(false)}>
              {t('screening.contact.staffReject')}
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}
