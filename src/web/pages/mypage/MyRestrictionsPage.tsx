// /mypage/restrictions — 利用制限: what is restricted, why (the rule, the reason, the
// evidence), until when, what remains possible, and the appeal. RestrictionBanner shows
// on My page while one is in force.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AppealBody } from '../../../shared/api/moderation';
import { moderationApi, moderationQueries, type Restriction } from '../../api/moderation';
import { Button } from '../../components/Button';
import { ApiFormFrame } from '../../components/FormAlert';
import { FormTextArea } from '../../components/FormFields';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDateTime } from '../../lib/format';
import { QueryView } from '../../lib/query';
import styles from '../moderation/Moderation.module.css';

export function RestrictionBanner() {
  const { t } = useTranslation();
  const query = useQuery(moderationQueries.myRestrictions());
  const active = query.data?.items.filter((r) => r.state === 'active') ?? [];
  if (active.length === 0) return null;
  return (
    <div className="alert alert-warning" role="status">
      <p className="alert-title">{t('moderation.banner.title')}</p>
      <p>
        {active.map((r) => t(`moderation.restrictionKinds.${r.kind}`)).join('・')} — {t('moderation.banner.body')}
      </p>
      <p>
        <Link to="/mypage/restrictions">{t('moderation.banner.link')}</Link>
      </p>
    </div>
  );
}

export function MyRestrictionsPage() {
  const { t } = useTranslation();
  const query = useQuery(moderationQueries.myRestrictions());
  return (
    <Page
      title={t('moderation.restrictions.title')}
      crumbs={[{ to: '/mypage', label: t('myPage.title') }]}
      lead={t('moderation.restrictions.lead')}
    >
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="card empty-state">{t('moderation.restrictions.empty')}</p>
          ) : (
            data.items.map((r) => <RestrictionCard key={r.id} r={r} />)
          )
        }
      </QueryView>
    </Page>
  );
}

const STATE_BADGE = { active: 'badge-state-declined', ended: 'badge-state-expired', lifted: 'badge-state-hired' } as const;

function RestrictionCard({ r }: { r: Restriction }) {
  const { t } = useTranslation();
  const lang = useLang();
  const date = (iso: string) => formatDateTime(iso, lang);
  const headingId = `restriction-${r.id}`;
  return (
    <section className={`card section ${styles.card}`} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.head}>
        <span>{t(`moderation.restrictionKinds.${r.kind}`)}</span>
        <span className={`badge badge-state ${STATE_BADGE[r.state]}`}>{t(`moderation.states.${r.state}`)}</span>
      </h2>
      {r.lifted && (
        <p className="alert alert-success">
          {t('moderation.restrictions.lifted', { date: date(r.lifted.at), reason: r.lifted.reason })}
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{t('moderation.restrictions.what')}</dt>
          <dd>
            {t(`moderation.stops.${r.kind}`)}
            <br />
            <span className="small muted">{t('moderation.stillCan')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('moderation.restrictions.rule')}</dt>
          <dd>
            <Link to="/terms">{r.articleTitle}</Link>
            <br />
            <span className="small muted">{r.articleSummary}</span>
          </dd>
        </div>
        <div>
          <dt>{t('moderation.restrictions.reason')}</dt>
          <dd className={styles.text}>{r.reason}</dd>
        </div>
        <div>
          <dt>{t('moderation.restrictions.evidence')}</dt>
          <dd className={styles.text}>
            {r.evidence.reports.length > 0 && (
              <span>{t('moderation.restrictions.evidenceReports', { count: r.evidence.reports.length })} </span>
            )}
            {r.evidence.reports.map((e) => (
              <span key={e.id} className="small">
                ({t(`moderation.reasons.${e.reason}`)}: {e.excerpt}){' '}
              </span>
            ))}
            {r.evidence.text}
          </dd>
        </div>
        <div>
          <dt>{t('moderation.restrictions.until')}</dt>
          <dd>{r.endsAt ? <time dateTime={r.endsAt}>{date(r.endsAt)}</time> : t('moderation.restrictions.untilReviewed')}</dd>
        </div>
      </dl>
      <h3>{t('moderation.restrictions.appealTitle')}</h3>
      {r.appeal ? (
        <>
          <p>{t('moderation.restrictions.appealed', { date: date(r.appeal.at) })}</p>
          <blockquote className={styles.appealText}>{r.appeal.text}</blockquote>
          <p>
            {r.appeal.decision === 'upheld'
              ? t('moderation.restrictions.decisionUpheld', { note: r.appeal.note })
              : r.appeal.decision === 'lifted'
                ? t('moderation.restrictions.decisionLifted', { note: r.appeal.note })
                : t('moderation.restrictions.waiting')}
          </p>
        </>
      ) : r.canAppeal ? (
        <AppealForm r={r} />
      ) : (
        <p className="muted">{t('moderation.restrictions.closed')}</p>
      )}
    </section>
  );
}

function AppealForm({ r }: { r: Restriction }) {
  const { t } = useTranslation();
  const lang = useLang();
  const client = useQueryClient();
  const form = useApiForm<{ text: string }>({ schema: AppealBody, fields: ['text'], defaultValues: { text: '' } });
  const submit = form.onSubmit(async ({ text }) => {
    await moderationApi.appeal(r.id, text);
    await client.invalidateQueries({ queryKey: ['my-restrictions'] });
  });
  return (
    <ApiFormFrame form={form} onSubmit={submit} className="form">
      <p className="small">{t('moderation.restrictions.appealUntil', { date: formatDateTime(r.appealUntil, lang) })}</p>
      <FormTextArea form={form} name="text" label={t('moderation.restrictions.appealText')} required rows={5} />
      <div className="form-actions">
        <Button type="submit" busy={form.submitting}>
          {t('moderation.restrictions.appealSubmit')}
        </Button>
      </div>
    </ApiFormFrame>
  );
}
