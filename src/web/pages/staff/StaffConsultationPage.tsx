// /staff/consultations/:id — a consultation: what the member wrote, the contract it names
// (never to be told), and staff's record: the status and the answer the member reads.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CONSULTATION_STATUSES, type ConsultationStatus } from '../../../domain/consultations/consultation';
import { consultationQueries, consultationsApi, type StaffConsultationView } from '../../api/consultations';
import { Button } from '../../components/Button';
import { RadioGroup } from '../../components/Choices';
import { ApiFormFrame, StatusMessage } from '../../components/FormAlert';
import { FormTextArea } from '../../components/FormFields';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDateTime } from '../../lib/format';
import { QueryView } from '../../lib/query';
import styles from './StaffModeration.module.css';

export function StaffConsultationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(consultationQueries.detail(id));
  return (
    <Page
      title={t('consultations.staff.detailTitle')}
      crumbs={[
        { to: '/staff', label: t('money.staff.title') },
        { to: '/staff/consultations', label: t('consultations.staff.title') },
      ]}
    >
      <QueryView query={query}>{(c) => <ConsultationView c={c} />}</QueryView>
    </Page>
  );
}

function ConsultationView({ c }: { c: StaffConsultationView }) {
  const { t } = useTranslation();
  const lang = useLang();
  // Kept here: closing the consultation replaces the form, and the confirmation stays.
  const [saved, setSaved] = useState(false);
  return (
    <div className={styles.layout}>
      <section className="card section" aria-labelledby="consultation-body">
        <h2 id="consultation-body">{t(`consultations.categories.${c.category}`)}</h2>
        <dl className="facts facts-compact">
          <div>
            <dt>{t('consultations.staff.member')}</dt>
            <dd>
              <Link to={`/staff/users/${encodeURIComponent(c.member.id)}`}>
                {c.member.displayName}(@{c.member.username})
              </Link>
            </dd>
          </div>
          <div>
            <dt>{t('consultations.staff.contract')}</dt>
            <dd>{c.reference ? c.reference.title : t('consultations.form.noReference')}</dd>
          </div>
          <div>
            <dt>{t('consultations.staff.sentAt')}</dt>
            <dd>
              <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, lang)}</time>
            </dd>
          </div>
          <div>
            <dt>{t('consultations.staff.status')}</dt>
            <dd>{t(`consultations.statuses.${c.status}`)}</dd>
          </div>
        </dl>
        <h3>{t('consultations.staff.description')}</h3>
        <p className={styles.note}>{c.description}</p>
        {c.answer && (
          <>
            <h3>{t('consultations.staff.currentAnswer')}</h3>
            <p className={styles.note}>{c.answer}</p>
          </>
        )}
      </section>
      <section className="card section" aria-labelledby="consultation-answer">
        <h2 id="consultation-answer">{t('consultations.staff.answerTitle')}</h2>
        <StatusMessage>{saved && t('consultations.staff.saved')}</StatusMessage>
        {c.status === 'closed' ? (
          <p className="muted">{t('consultations.staff.closedNote')}</p>
        ) : (
          <AnswerForm c={c} onSaved={setSaved} />
        )}
      </section>
    </div>
  );
}

function AnswerForm({ c, onSaved }: { c: StaffConsultationView; onSaved: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useApiForm<{ status: ConsultationStatus; answer: string }>({
    fields: ['status', 'answer'],
    defaultValues: { status: c.status === 'open' ? 'in_progress' : c.status, answer: '' },
  });
  const status = form.watch('status');
  const submit = form.onSubmit(async (v) => {
    onSaved(false);
    await consultationsApi.answer(c.id, { status: v.status, answer: v.answer || null });
    form.reset({ status: v.status, answer: '' });
    onSaved(true);
    await client.invalidateQueries({ queryKey: ['consultation', c.id] });
    void client.invalidateQueries({ queryKey: ['consultation-queue'] });
  });
  return (
    <ApiFormFrame form={form} onSubmit={submit} className={`form ${styles.decision}`}>
      <RadioGroup<ConsultationStatus>
        legend={t('consultations.staff.status')}
        name="status"
        required
        value={status}
        onChange={(v) => form.setValue('status', v)}
        error={form.errorOf('status')}
        options={CONSULTATION_STATUSES.map((s) => ({ value: s, label: t(`consultations.statuses.${s}`) }))}
      />
      <FormTextArea
        form={form}
        name="answer"
        label={t('consultations.staff.answer')}
        hint={t('consultations.staff.answerHint')}
        required={status === 'closed'}
        rows={5}
      />
      <div className="form-actions">
        <Button type="submit" busy={form.submitting}>
          {t('consultations.staff.submit')}
        </Button>
      </div>
    </ApiFormFrame>
  );
}
