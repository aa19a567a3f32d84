// /staff/consultations — 相談窓口: members' consultations, oldest first, by status. A
// staff member never sees their own nor one about a contract they are a party to.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type ConsultationQueueFilter, consultationQueries } from '../../api/consultations';
import { FilterTabs } from '../../components/FilterTabs';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { CONSULTATION_BADGE } from '../consultations/MyConsultationsPage';
import styles from './StaffModeration.module.css';

const FILTERS: readonly ConsultationQueueFilter[] = ['active', 'open', 'in_progress', 'closed'];

export function StaffConsultationsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const param = useSearchParams()[0].get('status');
  const status = FILTERS.find((f) => f === param) ?? 'active';
  const query = useQuery(consultationQueries.queue(status));
  return (
    <Page
      title={t('consultations.staff.title')}
      crumbs={[{ to: '/staff', label: t('money.staff.title') }]}
      lead={t('consultations.staff.lead')}
    >
      <FilterTabs
        label={t('consultations.staff.tabsLabel')}
        base="/staff/consultations"
        filters={[...FILTERS]}
        current={status}
        text={(f) => t(`consultations.staff.tabs.${f}`)}
      />
      <QueryView query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="card empty-state">{t('consultations.staff.empty')}</p>
          ) : (
            <ul className={styles.queue}>
              {data.items.map((c) => (
                <li key={c.id} className="card">
                  <p className={styles.queueHead}>
                    <Link to={`/staff/consultations/${encodeURIComponent(c.id)}`}>
                      {t(`consultations.categories.${c.category}`)}
                    </Link>
                    <span className={`badge badge-state ${CONSULTATION_BADGE[c.status]}`}>
                      {t(`consultations.statuses.${c.status}`)}
                    </span>
                  </p>
                  <p className={styles.excerpt}>{c.excerpt}</p>
                  <p className="small muted">
                    {t('consultations.staff.member')}: {c.member.displayName}(@{c.member.username}) ・{' '}
                    <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, lang)}</time>
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
