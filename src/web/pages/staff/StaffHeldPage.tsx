// /staff/held — 確認待ちの投稿: writes with contact details their authors sent for review,
// oldest first; opening one shows its text with the caught parts highlighted, the rule and
// the author's reason and history, and lets a moderator approve it or reject it with a note.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type StaffHeldDetail, screeningApi, screeningQueries } from '../../api/screening';
import { Button } from '../../components/Button';
import { FormAlert, StatusMessage } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { Highlighted } from '../../components/ScreeningAlert';
import { TextAreaField } from '../../components/TextField';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDateTime } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { useQueryCache } from '../../lib/useQueryCache';
import styles from './StaffModeration.module.css';

const crumbs = (staffTitle: string) => [{ to: '/staff', label: staffTitle }];

export function StaffHeldPage() {
  const { t } = useTranslation();
  return (
    <Page
      className="staff-held"
      title={t('screening.staff.title')}
      crumbs={crumbs(t('money.staff.title'))}
      lead={t('screening.staff.lead')}
    >
      <HeldItemsList />
    </Page>
  );
}

/** The held items waiting for a decision, oldest first (also a tab of the moderation queue). */
export function HeldItemsList() {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useQuery(screeningQueries.staffList());
  return (
    <div className="staff-held">
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="card empty-state">{t('screening.staff.empty')}</p>
          ) : (
            <ul className="screening-list">
              {data.items.map((h) => (
                <li key={h.id} className="card">
                  <p>
                    <span className="badge">{h.what}</span> {h.author.displayName ?? h.author.username}(@{h.author.username})
                  </p>
                  <p className="muted small">
                    {t('screening.staff.createdAt')}: {formatDateTime(h.createdAt, lang)}
                  </p>
                  <p>
                    <Link to={`/staff/held/${encodeURIComponent(h.id)}`}>{t('screening.staff.open')}</Link>
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </div>
  );
}

export function StaffHeldItemPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(screeningQueries.staffDetail(id));
  return (
    <Page
      className="staff-held"
      title={t('screening.staff.title')}
      crumbs={[...crumbs(t('money.staff.title')), { to: '/staff/held', label: t('screening.staff.title') }]}
    >
      <QueryView query={query}>{(data) => <HeldDetail data={data} />}</QueryView>
    </Page>
  );
}

function HeldDetail({ data }: { data: StaffHeldDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { item, authorHistory } = data;
  // The texts where something was caught, in full; the rest of the write (titles, choices,
  // dates) folded away, each under its field's name.
  const caughtFields = [...new Set(item.findings.map((f) => f.field))].filter((f) => item.texts[f] !== undefined);
  const otherFields = Object.keys(item.texts).filter((f) => !caughtFields.includes(f));
  const { reload } = useQueryCache(screeningQueries.staffDetail(item.id));
  const form = useApiForm<{ note: string }>({ fields: ['note'], defaultValues: { note: '' } });
  const [done, setDone] = useState<string | null>(null);
  const decide = (approve: boolean) =>
    form.run(async () => {
      const note = form.getValues('note');
      if (!approve && !note.trim()) {
        form.setError('note', { type: 'check', message: t('screening.reviewRequired') });
        return;
      }
      const result = approve ? await screeningApi.approve(item.id, note) : await screeningApi.reject(item.id, note);
      setDone(t(`screening.staff.${result.status}`));
      reload();
    });
  return (
    <>
      <dl className="facts facts-compact">
        <div>
          <dt>{t('screening.staff.kind')}</dt>
          <dd>{item.what}</dd>
        </div>
        <div>
          <dt>{t('screening.staff.author')}</dt>
          <dd>
            {item.author.displayName ?? item.author.username}(@{item.author.username})
            <br />
            <span className="muted small">
              {t('screening.staff.history', {
                pending: authorHistory.pending ?? 0,
                approved: authorHistory.approved ?? 0,
                rejected: authorHistory.rejected ?? 0,
              })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('screening.staff.createdAt')}</dt>
          <dd>{formatDateTime(item.createdAt, lang)}</dd>
        </div>
      </dl>
      <section className={`section ${styles.held}`}>
        <h2>{t('screening.staff.findings')}</h2>
        <ul className="screening-list">
          {item.findings.map((f) => (
            <li key={`${f.field}:${f.start}`} className="card">
              <p className="screening-excerpt">
                「<Highlighted text={item.texts[f.field]} finding={f} />」
              </p>
              <p className="small">
                <strong>{t('screening.rule')}</strong> {f.reason[lang]}
              </p>
            </li>
          ))}
        </ul>
        <h2>{t('screening.staff.text')}</h2>
        {caughtFields.map((field) => (
          <div key={field} className={`card ${styles.heldText}`}>
            <p className={`small muted ${styles.fieldName}`}>{field}</p>
            <p className="message-body">{item.texts[field]}</p>
          </div>
        ))}
        {otherFields.length > 0 && (
          <details className={styles.otherFields}>
            <summary>{t('screening.staff.otherFields', { count: otherFields.length })}</summary>
            <dl className="facts facts-compact">
              {otherFields.map((field) => (
                <div key={field}>
                  <dt className={styles.fieldName}>{field}</dt>
                  <dd>{item.texts[field]}</dd>
                </div>
              ))}
            </dl>
          </details>
        )}
        <h2>{t('screening.staff.reason')}</h2>
        <p className="card">{item.reason}</p>
      </section>
      <StatusMessage>{done}</StatusMessage>
      {item.status === 'pending' && !done && (
        <form className="form" onSubmit={(e) => e.preventDefault()} ref={form.formRef}>
          <FormAlert problem={form.problem} otherErrors={form.otherErrors} alertRef={form.alertRef} />
          <TextAreaField label={t('screening.staff.note')} rows={3} {...form.register('note')} error={form.errorOf('note')} />
          <div className="form-actions">
            <Button busy={form.submitting} onClick={() => decide(true)}>
              {t('screening.staff.approve')}
            </Button>
            <Button variant="secondary" busy={form.submitting} onClick={() => decide(false)}>
              {t('screening.staff.reject')}
            </Button>
          </div>
        </form>
      )}
    </>
  );
}
