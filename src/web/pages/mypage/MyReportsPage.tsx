// /mypage/reports — 通報の履歴: my reports and their outcome (never what was done to whom in detail).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { moderationQueries } from '../../api/moderation';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { QueryView } from '../../lib/query';

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
            <p>{t('moderation.myReports.empty')}</p>
          ) : (
            <ul className="card-list">
              {data.items.map((r) => (
                <li key={r.id} className="card">
                  <p>
                    <strong>{t(`moderation.kinds.${r.targetKind}`)}</strong> {r.targetLabel && `「${r.targetLabel}」`}
                  </p>
                  <p className="small">
                    {t(`moderation.reasons.${r.reason}`)} ・ {t('moderation.myReports.reportedAt')}:{' '}
                    <time dateTime={r.createdAt}>{formatDateTime(r.createdAt, lang)}</time>
                  </p>
                  <p>
                    {t('moderation.myReports.outcome')}:{' '}
                    <span className="badge">{t(`moderation.outcomes.${r.outcome.status}`)}</span>
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
