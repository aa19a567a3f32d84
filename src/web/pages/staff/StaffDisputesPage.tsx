import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { DISPUTE_STATUSES, type DisputeStatus } from '../../../domain/contracts/dispute';
import { type DisputeFilter, staffQueries } from '../../api/staff';
import { FilterTabs, readFilter } from '../../components/FilterTabs';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDateTime, formatNumber } from '../../lib/format';
import { StaffList } from './StaffList';

const FILTERS = [...DISPUTE_STATUSES, 'all'] as const satisfies readonly [DisputeFilter, ...DisputeFilter[]];

/** 対応中 / 裁定済み */
export function DisputeStatusBadge({ status }: { status: DisputeStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge-state ${status === 'open' ? 'badge-state-pending' : 'badge-state-hired'}`}>
      {t(`money.disputes.${status}`)}
    </span>
  );
}

/** /staff/disputes[?status=] — 紛争の裁定: contracts passed to staff, newest first. */
export function StaffDisputesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const location = useLocation();
  const filter = readFilter(location.search, FILTERS);
  const disputes = useQuery(staffQueries.disputes(filter));
  const filterText = (f: DisputeFilter) => t(`money.disputes.${f}`);

  return (
    <Page
      className="staff-disputes"
      title={t('money.disputes.title')}
      crumbs={[{ to: '/staff', label: t('money.staff.title') }]}
      lead={t('money.disputes.lead')}
    >
      <FilterTabs label={t('money.staff.filter')} base="/staff/disputes" filters={FILTERS} current={filter} text={filterText} />
      <StaffList
        id="disputes-list"
        heading={filterText(filter)}
        query={disputes}
        empty={t('money.disputes.empty')}
        caption={(count) => t('money.disputes.caption', { filter: filterText(filter), count: formatNumber(count, lang) })}
        columns={[
          { label: t('money.disputes.contract') },
          { label: t('money.disputes.client') },
          { label: t('money.disputes.worker') },
          { label: t('money.disputes.opener') },
          { label: t('money.disputes.createdAt') },
          { label: t('money.disputes.status') },
        ]}
        row={(d) => (
          <tr key={d.id}>
            <th scope="row" className="staff-contract" data-label={t('money.disputes.contract')}>
              <div>
                <Link to={`/staff/disputes/${encodeURIComponent(d.id)}`}>{d.contract.title}</Link>
                <span className="staff-reason muted small">{d.reason}</span>
              </div>
            </th>
            <td data-label={t('money.disputes.client')}>@{d.client.username}</td>
            <td data-label={t('money.disputes.worker')}>@{d.worker.username}</td>
            <td className="nowrap" data-label={t('money.disputes.opener')}>
              {t(`money.disputes.openers.${d.openerRole}`)}
            </td>
            <td className="nowrap" data-label={t('money.disputes.createdAt')}>
              <time dateTime={d.createdAt}>{formatDateTime(d.createdAt, lang)}</time>
            </td>
            <td data-label={t('money.disputes.status')}>
              <DisputeStatusBadge status={d.status} />
            </td>
          </tr>
        )}
      />
    </Page>
  );
}
