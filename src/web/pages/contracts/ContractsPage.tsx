import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { type ContractListFilter, type ContractSummary, contractQueries } from '../../api/contracts';
import { Fact } from '../../components/facts/Fact';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { formatDate, formatNumber } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { ContractStatusBadge, formatWhen, useNextStepText, useYenExcl } from './contractParts';

type Role = ContractListFilter['role'];
type Status = ContractListFilter['status'];
const ROLES: readonly Role[] = ['all', 'worker', 'client'];
const STATUSES: readonly Status[] = ['active', 'ended', 'all'];
const DEFAULT: ContractListFilter = { role: 'all', status: 'active' };

function readFilter(search: string): ContractListFilter {
  const params = new URLSearchParams(search);
  const role = params.get('role') ?? '';
  const status = params.get('status') ?? '';
  return {
    role: (ROLES as readonly string[]).includes(role) ? (role as Role) : DEFAULT.role,
    status: (STATUSES as readonly string[]).includes(status) ? (status as Status) : DEFAULT.status,
  };
}

function filterPath(filter: ContractListFilter): string {
  const params = new URLSearchParams();
  if (filter.role !== DEFAULT.role) params.set('role', filter.role);
  if (filter.status !== DEFAULT.status) params.set('status', filter.status);
  const query = params.toString();
  return query ? `/contracts?${query}` : '/contracts';
}

/** /contracts — 契約一覧: the member's contracts as worker and client, filtered by role and status. */
export function ContractsPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const filter = readFilter(location.search);
  const contracts = useQuery(contractQueries.mine(filter));

  return (
    <Page
      className="contracts-page"
      title={t('contracts.list.title')}
      crumbs={[{ to: '/mypage', label: t('myPage.title') }]}
      headingExtra={
        <Link to="/jobs" className="btn btn-secondary">
          {t('contracts.list.findJobs')}
        </Link>
      }
      lead={t('contracts.list.lead')}
    >
      <div className="contract-filters">
        <FilterTabs
          label={t('contracts.list.roleLabel')}
          navLabel={t('contracts.list.roleFilter')}
          options={ROLES.map((role) => ({
            key: role,
            text: t(`contracts.list.roles.${role}`),
            to: filterPath({ ...filter, role }),
          }))}
          current={filter.role}
        />
        <FilterTabs
          label={t('contracts.list.statusLabel')}
          navLabel={t('contracts.list.statusFilter')}
          options={STATUSES.map((status) => ({
            key: status,
            text: t(`contracts.list.statuses.${status}`),
            to: filterPath({ ...filter, status }),
          }))}
          current={filter.status}
        />
      </div>
      <QueryView query={contracts}>{(data) => <ContractList items={data.items} filter={filter} />}</QueryView>
    </Page>
  );
}

function FilterTabs({
  label,
  navLabel,
  options,
  current,
}: {
  label: string;
  navLabel: string;
  options: { key: string; text: string; to: string }[];
  current: string;
}) {
  return (
    <nav aria-label={navLabel} className="contract-filter">
      <p className="contract-filter-label" aria-hidden="true">
        {label}
      </p>
      <ul>
        {options.map((o) => (
          <li key={o.key}>
            <Link to={o.to} aria-current={o.key === current ? 'page' : undefined} className="contract-filter-option">
              {o.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ContractList({ items, filter }: { items: ContractSummary[]; filter: ContractListFilter }) {
  const { t } = useTranslation();
  const lang = useLang();
  const filtered = filter.role !== 'all' || filter.status !== 'all';
  return (
    <section aria-labelledby="contracts-list" className="section contracts-list">
      <h2 id="contracts-list" className="visually-hidden">
        {t('contracts.list.heading', { count: formatNumber(items.length, lang) })}
      </h2>
      {items.length === 0 ? (
        <div className="card empty-state">
          <p>{filtered ? t('contracts.list.emptyFiltered') : t('contracts.list.empty')}</p>
          {filtered && (
            <p>
              <Link to={filterPath({ role: 'all', status: 'all' })}>{t('contracts.list.showAll')}</Link>
            </p>
          )}
        </div>
      ) : (
        <ul className="job-list">
          {items.map((c) => (
            <ContractItem key={c.id} contract={c} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ContractItem({ contract: c }: { contract: ContractSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  const yenExcl = useYenExcl();
  const nextStep = useNextStepText();
  const titleId = `contract-${c.id}-title`;
  const link = `/contracts/${encodeURIComponent(c.id)}`;
  const step = c.nextStep ? nextStep(c.nextStep) : null;
  return (
    <li className="job-card card contract-card">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="job-card-title">
          <Link to={link}>{c.title}</Link>
        </h3>
        <p className="job-card-labels">
          <span className={`badge badge-role-${c.role}`}>{t(`contracts.roleShort.${c.role}`)}</span>
          <ContractStatusBadge status={c.status} />
        </p>
        <dl className="job-meta">
          <Fact label={t('contracts.list.other')}>
            {c.other.displayName}
            <span className="muted small"> ({t(`contracts.role.${c.role === 'client' ? 'worker' : 'client'}`)})</span>
          </Fact>
          <Fact label={t('contracts.list.amount')} className="job-money">
            {yenExcl(c.amount)}
          </Fact>
          {step && (
            <Fact label={t('contracts.list.nextStep')} className="contract-next-step">
              {c.nextDate ? t('contracts.list.nextStepWithDate', { step, date: formatWhen(c.nextDate, lang) }) : step}
            </Fact>
          )}
          <Fact label={t('contracts.list.updatedAt')}>
            <time dateTime={c.updatedAt}>{formatDate(c.updatedAt, lang)}</time>
          </Fact>
        </dl>
        <p className="job-card-footer">
          <Link to={link} className="btn btn-secondary btn-small">
            {t('contracts.list.detailLink')}
            <span className="visually-hidden">: {c.title}</span>
          </Link>
        </p>
      </article>
    </li>
  );
}
