import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ConfirmDepositBody } from '../../../shared/api/staff';
import { fieldMessage } from '../../../shared/errors';
import { newIdempotencyKey } from '../../api/client';
import { type DepositFilter, type StaffDeposit, staffApi, staffQueries } from '../../api/staff';
import { Button } from '../../components/Button';
import { FilterTabs, readFilter } from '../../components/FilterTabs';
import { FormAlert } from '../../components/FormAlert';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import { useApiForm } from '../../lib/form';
import { formatDateTime, formatNumber } from '../../lib/format';
import { parseWholeNumber } from '../../lib/input';
import { schemaErrors } from '../../lib/validate';
import { yen } from '../documents/docParts';
import { StaffList } from './StaffList';

const FILTERS = ['pending', 'confirmed', 'all'] as const satisfies readonly [DepositFilter, ...DepositFilter[]];

/** /staff/deposits[?status=] — 入金確認: bank transfers waiting for the finance team. */
export function StaffDepositsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const location = useLocation();
  const filter = readFilter(location.search, FILTERS);
  const queryClient = useQueryClient();
  const deposits = useQuery(staffQueries.deposits(filter));
  const [notice, setNotice] = useState<string | null>(null);
  const filterText = (f: DepositFilter) => t(`money.deposits.${f}`);

  // A new filter starts without the last confirmation message.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the filter changes.
  useEffect(() => setNotice(null), [filter]);

  const onConfirmed = (updated: StaffDeposit) => {
    queryClient.setQueryData(staffQueries.deposits(filter).queryKey, (list) =>
      list?.map((d) => (d.id === updated.id ? updated : d)),
    );
    // The other filters' lists now differ: they load again when opened.
    void queryClient.invalidateQueries({ queryKey: ['staff-deposits'], refetchType: 'none' });
    setNotice(t('money.deposits.done', { reference: updated.reference }));
  };

  return (
    <Page
      className="staff-deposits"
      title={t('money.deposits.title')}
      crumbs={[{ to: '/staff', label: t('money.staff.title') }]}
      lead={t('money.deposits.lead')}
    >
      <FilterTabs label={t('money.staff.filter')} base="/staff/deposits" filters={FILTERS} current={filter} text={filterText} />
      <StaffList
        id="deposits-list"
        heading={filterText(filter)}
        notice={notice}
        query={deposits}
        empty={t('money.deposits.empty')}
        caption={(count) => t('money.deposits.caption', { filter: filterText(filter), count: formatNumber(count, lang) })}
        columns={[
          { label: t('money.deposits.reference') },
          { label: t('money.deposits.amount'), className: 'num' },
          { label: t('money.deposits.client') },
          { label: t('money.deposits.contract') },
          { label: t('money.deposits.createdAt') },
          { label: t('money.deposits.status') },
          { label: t('money.deposits.confirm') },
        ]}
        row={(d) => <DepositRow key={d.id} deposit={d} onConfirmed={onConfirmed} />}
      />
    </Page>
  );
}

function DepositStatus({ status }: { status: StaffDeposit['status'] }) {
  const { t } = useTranslation();
  const tone = status === 'confirmed' ? 'hired' : status === 'cancelled' ? 'withdrawn' : 'pending';
  return <span className={`badge badge-state badge-state-${tone}`}>{t(`money.deposits.${status}`)}</span>;
}

function DepositRow({ deposit: d, onConfirmed }: { deposit: StaffDeposit; onConfirmed: (d: StaffDeposit) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [justConfirmed, setJustConfirmed] = useState(false);
  const doneRef = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (justConfirmed) doneRef.current?.focus();
  }, [justConfirmed]);

  return (
    <tr>
      <th scope="row" className="mono nowrap" data-label={t('money.deposits.reference')}>
        {d.reference}
      </th>
      <td className="num" data-label={t('money.deposits.amount')}>
        <div>
          <span className="strong">{yen(d.amount)}</span>
          <span className="cell-sub muted small">{t(`money.deposits.method.${d.method}`)}</span>
        </div>
      </td>
      <td className="nowrap" data-label={t('money.deposits.client')}>
        <Link to={`/u/${encodeURIComponent(d.client.username)}`}>@{d.client.username}</Link>
      </td>
      <td className="staff-contract" data-label={t('money.deposits.contract')}>
        {d.contract ? (
          <div>
            <Link to={`/contracts/${encodeURIComponent(d.contract.id)}`}>{d.contract.title}</Link>
            {d.milestone && (
              <span className="cell-sub muted small">
                {t('money.deposits.milestone', { n: d.milestone.position, title: d.milestone.title })}
              </span>
            )}
            {d.tip && <span className="cell-sub muted small">{t('money.deposits.tip')}</span>}
          </div>
        ) : d.job ? (
          <div>
            <Link to={`/jobs/${encodeURIComponent(d.job.id)}`}>{d.job.title}</Link>
            <span className="cell-sub muted small">
              {d.job.kind === 'task' ? t('work.staff.taskBudget') : t('work.staff.competitionPrize')}
            </span>
          </div>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="nowrap" data-label={t('money.deposits.createdAt')}>
        <time dateTime={d.createdAt}>{formatDateTime(d.createdAt, lang)}</time>
      </td>
      <td data-label={t('money.deposits.status')}>
        <DepositStatus status={d.status} />
      </td>
      <td className="deposit-confirm-cell" data-label={t('money.deposits.confirm')}>
        {d.status === 'pending' ? (
          <ConfirmForm
            deposit={d}
            onConfirmed={(updated) => {
              setJustConfirmed(true);
              onConfirmed(updated);
            }}
          />
        ) : justConfirmed ? (
          <span ref={doneRef} tabIndex={-1} className="deposit-done">
            {t('money.deposits.doneShort')}
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  );
}

/**
 * The received amount, as read on the bank statement, and 「入金を確認する」. The server
 * checks it against the deposit. One Idempotency-Key per amount tried, so a retry after a
 * lost answer never confirms twice.
 */
function ConfirmForm({ deposit: d, onConfirmed }: { deposit: StaffDeposit; onConfirmed: (d: StaffDeposit) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = useApiForm<{ receivedAmount: string }>({
    fields: ['receivedAmount'],
    defaultValues: { receivedAmount: '' },
    check: ({ receivedAmount }): Record<string, string> => {
      const parsed = parseWholeNumber(receivedAmount);
      if (parsed === null) return { receivedAmount: fieldMessage('required', lang) };
      if (parsed === 'invalid') return { receivedAmount: fieldMessage('not-integer', lang) };
      return schemaErrors(ConfirmDepositBody, { receivedAmount: parsed }, lang);
    },
  });
  const attempt = useRef<{ amount: number; key: string } | null>(null);
  const id = `received${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  const mismatch = form.problem?.code === 'deposit-amount-mismatch';
  // A mismatch belongs to the amount typed: it is shown there, not as a separate alert.
  const error = form.errorOf('receivedAmount') ?? (mismatch ? form.problem?.detail : undefined);

  const submit = form.onSubmit(async (values) => {
    const parsed = parseWholeNumber(values.receivedAmount) as number;
    if (attempt.current?.amount !== parsed) attempt.current = { amount: parsed, key: newIdempotencyKey() };
    const updated = await staffApi.confirmDeposit(d.id, { receivedAmount: parsed }, attempt.current.key);
    attempt.current = null;
    onConfirmed(updated);
  });

  return (
    <form ref={form.formRef} noValidate onSubmit={submit} className="deposit-confirm">
      <label htmlFor={id} className="visually-hidden">
        {t('money.deposits.receivedFor', { reference: d.reference })}
      </label>
      <div className="inline-input">
        <input
          id={id}
          className="input input-yen"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('money.deposits.received')}
          {...form.register('receivedAmount')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <span className="field-suffix">{t('money.offer.amountUnit')}</span>
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <FormAlert problem={error ? null : form.problem} alertRef={form.alertRef} />
      <Button type="submit" className="btn-small" busy={form.submitting}>
        {t('money.deposits.submit')}
        <span className="visually-hidden">: {d.reference}</span>
      </Button>
    </form>
  );
}
