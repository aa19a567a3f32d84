// サービス外連絡申請 on the contract page: both parties see whether staff allowed contact
// details in this contract's messages (who asked, why, when it was approved), and a party
// may ask, with a reason, when no request is open.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactRequestBody } from '../../../shared/api/screening';
import { contactQueries, screeningApi } from '../../api/screening';
import { Button } from '../../components/Button';
import { ApiFormFrame, StatusMessage } from '../../components/FormAlert';
import { SelectField, TextAreaField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDateTime } from '../../lib/format';
import { useQueryCache } from '../../lib/useQueryCache';

const KINDS = ['on-site', 'call', 'handover', 'other'] as const;

export function ContactRequestSection({ contractId }: { contractId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(contactQueries.ofContract(contractId));
  const { reload } = useQueryCache(contactQueries.ofContract(contractId));
  const [asking, setAsking] = useState(false);
  const [sent, setSent] = useState(false);
  const form = useApiForm<{ reasonKind: (typeof KINDS)[number]; reason: string }>({
    schema: ContactRequestBody,
    fields: ['reasonKind', 'reason'],
    defaultValues: { reasonKind: 'on-site', reason: '' },
  });
  const submit = form.onSubmit(async (values) => {
    await screeningApi.requestContact(contractId, values);
    setSent(true);
    setAsking(false);
    reload();
  });
  const data = query.data;
  if (!data) return null;
  const approved = data.items.find((r) => r.status === 'approved');
  const pending = data.items.find((r) => r.status === 'pending');
  const rejected = data.items.find((r) => r.status === 'rejected');
  const who = (r: { requester: { displayName: string | null; username: string } }) =>
    r.requester.displayName ?? r.requester.username;
  return (
    <section className="section" aria-labelledby="contact-request">
      <h2 id="contact-request">{t('screening.contact.title')}</h2>
      {approved ? (
        <p className="card">
          {t('screening.contact.approved', {
            who: who(approved),
            kind: t(`screening.contact.kinds.${approved.reasonKind}`),
            when: formatDateTime(approved.decidedAt ?? approved.createdAt, lang),
          })}
          <br />
          <span className="muted small">{approved.reason}</span>
        </p>
      ) : pending ? (
        <p className="card">
          {t('screening.contact.pending', { who: who(pending), kind: t(`screening.contact.kinds.${pending.reasonKind}`) })}
        </p>
      ) : (
        <>
          <p className="muted">{t('screening.contact.lead')}</p>
          {rejected && <p className="muted small">{t('screening.contact.rejected', { note: rejected.decisionNote ?? '' })}</p>}
          {!asking && (
            <Button variant="secondary" className="btn-small" onClick={() => setAsking(true)}>
              {t('screening.contact.ask')}
            </Button>
          )}
          {asking && (
            <ApiFormFrame form={form} onSubmit={submit} className="form">
              <SelectField
                label={t('screening.contact.kind')}
                options={KINDS.map((k) => ({ value: k, label: t(`screening.contact.kinds.${k}`) }))}
                {...form.register('reasonKind')}
                error={form.errorOf('reasonKind')}
              />
              <TextAreaField
                label={t('screening.contact.reason')}
                required
                rows={3}
                {...form.register('reason')}
                error={form.errorOf('reason')}
              />
              <div className="form-actions">
                <Button type="submit" busy={form.submitting}>
                  {t('screening.contact.send')}
                </Button>
              </div>
            </ApiFormFrame>
          )}
        </>
      )}
      <StatusMessage>{sent && t('screening.contact.sent')}</StatusMessage>
    </section>
  );
}
