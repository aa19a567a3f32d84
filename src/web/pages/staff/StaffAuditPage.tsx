import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { AuditEvent, AuditPage } from '../../../shared/api/audit';
import { fieldMessage } from '../../../shared/errors';
import { type AuditFilter, auditQueries, auditSearch } from '../../api/staff';
import { Button } from '../../components/Button';
import { FormTextField } from '../../components/FormFields';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDateTime, formatNumber } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { DataTable } from '../documents/docParts';
import styles from './StaffAuditPage.module.css';

const FIELDS = ['actor', 'action', 'subjectType', 'subjectId', 'from', 'to'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

/** The filter in the address (`/staff/audit?actor=…&before=…`). */
function readFilter(search: string): AuditFilter {
  const params = new URLSearchParams(search);
  const filter: AuditFilter = {};
  for (const key of [...FIELDS, 'before'] as const) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  return filter;
}

/** /staff/audit — 監査ログ: who did what, newest first, filtered; older pages by cursor. */
export function StaffAuditPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const filter = readFilter(location.search);
  const page = useQuery(auditQueries.page(filter));
  return (
    <Page
      className="staff-audit"
      title={t('audit.title')}
      crumbs={[{ to: '/staff', label: t('money.staff.title') }]}
      lead={t('audit.lead')}
    >
      <AuditFilterForm key={location.search} initial={filter} />
      <section aria-labelledby="audit-results" className="section">
        <h2 id="audit-results">{t('audit.resultsTitle')}</h2>
        <QueryView query={page} canRetry={(problem) => problem.status !== 403 && problem.status !== 400}>
          {(result) => <AuditTable result={result} filter={filter} />}
        </QueryView>
      </section>
    </Page>
  );
}

function AuditFilterForm({ initial }: { initial: AuditFilter }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const form = useApiForm<Values>({
    fields: [...FIELDS],
    defaultValues: Object.fromEntries(FIELDS.map((k) => [k, initial[k] ?? ''])) as Values,
    check: (values): Record<string, string> =>
      values.from && values.to && values.from > values.to ? { to: fieldMessage('date-range', lang) } : {},
  });
  const submit = form.onSubmit(async (values) => {
    const filter = Object.fromEntries(FIELDS.map((k) => [k, values[k].trim()])) as AuditFilter;
    navigate(`/staff/audit${auditSearch(filter)}`);
  });
  return (
    <form ref={form.formRef} aria-labelledby="audit-filter" className="form card audit-filter" noValidate onSubmit={submit}>
      <h2 id="audit-filter">{t('audit.formTitle')}</h2>
      <div className={styles.fields}>
        <FormTextField
          form={form}
          name="actor"
          label={t('audit.actor')}
          hint={t('audit.actorHint')}
          autoComplete="off"
          maxLength={40}
        />
        <FormTextField
          form={form}
          name="action"
          label={t('audit.action')}
          hint={t('audit.actionHint')}
          autoComplete="off"
          maxLength={60}
        />
        <FormTextField
          form={form}
          name="subjectType"
          label={t('audit.subjectType')}
          hint={t('audit.subjectTypeHint')}
          autoComplete="off"
          maxLength={40}
        />
        <FormTextField form={form} name="subjectId" label={t('audit.subjectId')} autoComplete="off" maxLength={100} />
        <FormTextField form={form} name="from" type="date" label={t('audit.from')} />
        <FormTextField form={form} name="to" type="date" label={t('audit.to')} />
      </div>
      <div className="form-actions">
        <Button type="submit">{t('audit.search')}</Button>
        <Link to="/staff/audit" className="btn btn-quiet">
          {t('audit.clear')}
        </Link>
      </div>
    </form>
  );
}

function AuditTable({ result, filter }: { result: AuditPage; filter: AuditFilter }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (result.items.length === 0) return <p className="card empty-state">{t('audit.empty')}</p>;
  return (
    <>
      <DataTable caption={t('audit.caption', { count: formatNumber(result.items.length, lang) })} className="staff-table" stack>
        <thead>
          <tr>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.what')}</th>
            <th scope="col">{t('audit.subject')}</th>
            <th scope="col">{t('audit.data')}</th>
          </tr>
        </thead>
        <tbody>
          {result.items.map((e) => (
            <AuditRow key={e.id} event={e} />
          ))}
        </tbody>
      </DataTable>
      <p className="form-actions">
        {result.next && (
          <Link className="btn btn-secondary" to={`/staff/audit${auditSearch({ ...filter, before: result.next })}`}>
            {t('audit.older', { count: result.items.length })}
          </Link>
        )}
        {filter.before && (
          <Link className="btn btn-quiet" to={`/staff/audit${auditSearch({ ...filter, before: '' })}`}>
            {t('audit.newest')}
          </Link>
        )}
      </p>
    </>
  );
}

function AuditRow({ event: e }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const lang = useLang();
  const data = Object.keys(e.data).length > 0 ? JSON.stringify(e.data) : null;
  return (
    <tr>
      <td className="nowrap" data-label={t('audit.at')}>
        <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>
      </td>
      <td data-label={t('audit.who')}>
        {e.actor ? (
          <>
            @{e.actor.username}
            {e.actor.staffRole && <span className="badge badge-current">{t(`money.staff.roles.${e.actor.staffRole}`)}</span>}
          </>
        ) : (
          <span className="muted">{t('audit.system')}</span>
        )}
      </td>
      <td className="nowrap" data-label={t('audit.what')}>
        <code>{e.action}</code>
      </td>
      <td data-label={t('audit.subject')}>
        <code>{e.subjectType}</code>
        {e.subjectId && <span className={`${styles.id} small muted`}>{e.subjectId}</span>}
      </td>
      <td data-label={t('audit.data')}>
        {data ? <code className={`${styles.data} small`}>{data}</code> : <span className="muted">{t('audit.noData')}</span>}
      </td>
    </tr>
  );
}
