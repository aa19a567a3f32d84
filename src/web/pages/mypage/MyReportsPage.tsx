// /mypage/reports — 通報の履歴: my reports and their outcome (never what was done to whom in detail).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type MyReport, moderationQueries } from '../../api/moderation';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { QueryView } from '../../lib/query';
import styles from '../moderation/Moderation.module.css';

/** Open is waiting; an action taken is done; nothing found is neutral. */
const OUTCOME_BADGE: Record<MyReport['outcome']['status'], string> = {
  open: 'badge-state-pending',
  dismissed: 'badge-state-expired',
  warned: 'badge-state-hired',
  removed: 'badge-state-hired',
  restricted: 'badge-state-hired',
};

export function MyReportsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const reports = useQuery(moderationQueries.myReports());
  return (
    <Page
      title={t('moderation.myReports.title')}
      crumbs={[{ to: '/mypage', label: t('myPage.title') }]}
      lead={t('moderation.myReports.lead')}
    >
      <QueryView query={reports}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="card empty-state">{t('moderation.myReports.empty')}</p>
          ) : (
            <ul className={styles.list}>
              {data.items.map((r) => (
                <li key={r.id} className="card">
                  <p className={styles.head}>
                    <span>
                      <strong>{t(`moderation.kinds.${r.targetKind}`)}</strong>{' '}
                      {r.targetLabel && <q className={styles.quote}>{r.targetLabel}</q>}
                    </span>
                    <span className={`badge badge-state ${OUTCOME_BADGE[r.outcome.status]}`}>
                      {t(`moderation.outcomes.${r.outcome.status}`)}
                    </span>
                  </p>
                  <p className={`small muted ${styles.meta}`}>
                    {t(`moderation.reasons.${r.reason}`)} ・ {t('moderation.myReports.reportedAt')}:{' '}
                    <time dateTime={r.createdAt}>{formatDateTime(r.createdAt, lang)}</time>
                    {r.outcome.decidedAt && (
                      <>
                        {' '}
                        ・ {t('moderation.myReports.decidedAt')}:{' '}
                        <time dateTime={r.outcome.decidedAt}>{formatDateTime(r.outcome.decidedAt, lang)}</time>
                      </>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </Page>
  );
}
