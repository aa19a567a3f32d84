// /staff/moderation/reports/:id — a report with its evidence (the snapshot taken when
// reported), the member's history, and the decision: dismiss, warn, remove, restrict —
// each citing an article of the terms. Restrictions in the history can be lifted and
// their appeals decided here.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { moderationQueries, type ReportDetailView } from '../../api/moderation';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { DecisionForm } from './DecisionForm';
import { RestrictionAdmin } from './RestrictionAdmin';
import styles from './StaffModeration.module.css';

export function StaffReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(moderationQueries.report(id));
  return (
    <Page
      title={t('moderation.staff.detailTitle')}
      crumbs={[
        { to: '/staff', label: t('money.staff.title') },
        { to: '/staff/moderation', label: t('moderation.staff.title') },
      ]}
    >
      <QueryView query={query}>{(r) => <ReportView r={r} />}</QueryView>
    </Page>
  );
}

const memberLink = (m: { id: string; username: string; displayName: string }) => (
  <Link to={`/staff/users/${encodeURIComponent(m.id)}`}>
    {m.displayName}(@{m.username})
  </Link>
);

function ReportView({ r }: { r: ReportDetailView }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className={styles.layout}>
      <section className="card section" aria-labelledby="evidence">
        <h2 id="evidence">{t('moderation.staff.evidence')}</h2>
        <dl className="facts facts-compact">
          <div>
            <dt>{t('moderation.staff.columns.target')}</dt>
            <dd>{t(`moderation.kinds.${r.targetKind}`)}</dd>
          </div>
          <div>
            <dt>{t('moderation.staff.columns.reason')}</dt>
            <dd>{t(`moderation.reasons.${r.reason}`)}</dd>
          </div>
          <div>
            <dt>{t('moderation.staff.columns.member')}</dt>
            <dd>{memberLink(r.member)}</dd>
          </div>
          <div>
            <dt>{t('moderation.staff.columns.reporter')}</dt>
            <dd>{memberLink(r.reporter)}</dd>
          </div>
          <div>
            <dt>{t('moderation.staff.columns.at')}</dt>
            <dd>
              <time dateTime={r.createdAt}>{formatDateTime(r.createdAt, lang)}</time>
            </dd>
          </div>
        </dl>
        <figure className={styles.evidence}>
          {r.snapshot.title && <figcaption className={styles.evidenceTitle}>{r.snapshot.title}</figcaption>}
          <blockquote className={styles.quote}>{r.snapshot.text}</blockquote>
        </figure>
        {!r.contentPresent && <p className="small muted">{t('moderation.staff.removedNote')}</p>}
        <h3>{t('moderation.staff.note')}</h3>
        <p className={styles.note}>{r.note || t('moderation.staff.noNote')}</p>
      </section>
      <section className="card section" aria-labelledby="outcome">
        <h2 id="outcome">{t('moderation.staff.outcome')}</h2>
        <p>
          <span className={`badge badge-state ${r.outcome.status === 'open' ? 'badge-state-pending' : 'badge-state-hired'}`}>
            {t(`moderation.outcomes.${r.outcome.status}`)}
          </span>{' '}
          {r.outcome.note}
        </p>
        {r.actions.length > 0 && <DecisionForm r={r} />}
      </section>
      <History r={r} />
    </div>
  );
}

function History({ r }: { r: ReportDetailView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const h = r.history;
  const empty = h.reports.length + h.actions.length + h.restrictions.length === 0;
  return (
    <section className={`card section ${styles.wide}`} aria-labelledby="history">
      <h2 id="history">{t('moderation.staff.history')}</h2>
      {empty && <p className="muted">{t('moderation.staff.noHistory')}</p>}
      {h.restrictions.length > 0 && (
        <>
          <h3>{t('moderation.staff.pastRestrictions')}</h3>
          <ul className={styles.list}>
            {h.restrictions.map((x) => (
              <li key={x.id}>
                <RestrictionAdmin x={x} reportId={r.id} />
              </li>
            ))}
          </ul>
        </>
      )}
      {h.actions.length > 0 && (
        <>
          <h3>{t('moderation.staff.pastActions')}</h3>
          <ul className={styles.rows}>
            {h.actions.map((a) => (
              <li key={a.id}>
                <strong>{t(`moderation.staff.actions.${a.kind}`)}</strong> {a.article} — {a.note}{' '}
                <time className="muted small" dateTime={a.createdAt}>
                  {formatDateTime(a.createdAt, lang)}
                </time>
              </li>
            ))}
          </ul>
        </>
      )}
      {h.reports.length > 0 && (
        <>
          <h3>{t('moderation.staff.pastReports')}</h3>
          <ul className={styles.rows}>
            {h.reports.map((p) => (
              <li key={p.id}>
                <strong>{t(`moderation.reasons.${p.reason}`)}</strong>{' '}
                <span className="badge">{t(`moderation.outcomes.${p.status}`)}</span> {p.excerpt}{' '}
                <time className="muted small" dateTime={p.createdAt}>
                  {formatDateTime(p.createdAt, lang)}
                </time>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
