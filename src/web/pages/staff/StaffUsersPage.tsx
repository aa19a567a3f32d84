import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { StaffUserList } from '../../../shared/api/staff-users';
import { staffConsoleQueries } from '../../api/staffConsole';
import { Button } from '../../components/Button';
import { FormTextField } from '../../components/FormFields';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDate } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { DataTable } from '../documents/docParts';
import styles from './StaffConsole.module.css';
import { MemberStatusBadge } from './users/MemberStatusBadge';

/** The search in the address: `/staff/users?q=…&page=…`. */
function readSearch(search: string): { q: string; page: number } {
  const params = new URLSearchParams(search);
  const page = Number(params.get('page') ?? '1');
  return { q: (params.get('q') ?? '').trim(), page: Number.isInteger(page) && page > 0 ? page : 1 };
}

const searchHref = (q: string, page = 1) =>
  `/staff/users?${new URLSearchParams({ q, ...(page > 1 ? { page: String(page) } : {}) })}`;

/** /staff/users — 会員管理: find members by username (beginning), email (exact) or id. */
export function StaffUsersPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { q, page } = readSearch(location.search);
  return (
    <Page
      className="staff-users"
      title={t('staffConsole.users.title')}
      crumbs={[{ to: '/staff', label: t('money.staff.title') }]}
      lead={t('staffConsole.users.lead')}
    >
      <SearchForm key={location.search} initial={q} />
      {q && <Results q={q} page={page} />}
    </Page>
  );
}

function SearchForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useApiForm<{ q: string }>({ fields: ['q'], defaultValues: { q: initial } });
  const submit = form.onSubmit(async ({ q }) => {
    if (q.trim()) navigate(searchHref(q.trim()));
  });
  return (
    <form ref={form.formRef} aria-labelledby="member-search" className="form card" noValidate onSubmit={submit}>
      <h2 id="member-search">{t('staffConsole.users.searchTitle')}</h2>
      <FormTextField
        form={form}
        name="q"
        type="search"
        label={t('staffConsole.users.q')}
        hint={t('staffConsole.users.qHint')}
        autoComplete="off"
        spellCheck={false}
        maxLength={254}
        required
      />
      <div className="form-actions">
        <Button type="submit">{t('staffConsole.users.search')}</Button>
      </div>
    </form>
  );
}

function Results({ q, page }: { q: string; page: number }) {
  const { t } = useTranslation();
  const query = useQuery(staffConsoleQueries.users(q, page));
  return (
    <section aria-labelledby="member-results" className="section">
      <h2 id="member-results">{t('staffConsole.users.resultsTitle')}</h2>
      <QueryView query={query} canRetry={(problem) => problem.status !== 403 && problem.status !== 400}>
        {(result) => <ResultTable result={result} q={q} />}
      </QueryView>
    </section>
  );
}

function ResultTable({ result, q }: { result: StaffUserList; q: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (result.items.length === 0) return <p className="card empty-state">{t('staffConsole.users.empty')}</p>;
  const what = t(`staffConsole.users.matchedBy_${result.matchedBy}`, { q });
  return (
    <>
      <DataTable caption={t('staffConsole.users.caption', { what, count: result.items.length })} className="staff-table" stack>
        <thead>
          <tr>
            <th scope="col">{t('staffConsole.users.username')}</th>
            <th scope="col">{t('staffConsole.users.displayName')}</th>
            <th scope="col">{t('staffConsole.users.email')}</th>
            <th scope="col">{t('staffConsole.users.status')}</th>
            <th scope="col">{t('staffConsole.users.registeredAt')}</th>
          </tr>
        </thead>
        <tbody>
          {result.items.map((u) => (
            <tr key={u.id}>
              <td data-label={t('staffConsole.users.username')}>
                <Link to={`/staff/users/${u.id}`}>@{u.username}</Link>
              </td>
              <td data-label={t('staffConsole.users.displayName')}>{u.displayName ?? '—'}</td>
              <td className={styles.wrap} data-label={t('staffConsole.users.email')}>
                {u.email ?? <span className="muted">{t('staffConsole.users.erased')}</span>}
              </td>
              <td data-label={t('staffConsole.users.status')}>
                <MemberStatusBadge status={u.status} staffRole={u.staffRole} />
              </td>
              <td className="nowrap" data-label={t('staffConsole.users.registeredAt')}>
                <time dateTime={u.registeredAt}>{formatDate(u.registeredAt, lang)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {(result.page > 1 || result.hasMore) && (
        <p className="form-actions">
          {result.page > 1 && (
            <Link className="btn btn-quiet" to={searchHref(q, result.page - 1)}>
              {t('staffConsole.users.previous')}
            </Link>
          )}
          {result.hasMore && (
            <Link className="btn btn-secondary" to={searchHref(q, result.page + 1)}>
              {t('staffConsole.users.next')}
            </Link>
          )}
        </p>
      )}
    </>
  );
}
