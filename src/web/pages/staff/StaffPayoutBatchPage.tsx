import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type PayoutBatch, payoutsApi, type StaffPayout, staffPayoutQueries } from '../../api/payouts';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Button } from '../../components/Button';
import { StatusMessage } from '../../components/FormAlert';
import { MoneySummary } from '../../components/money/MoneySummary';
import { TableHead } from '../../components/money/TableHead';
import { useLang } from '../../i18n';
import { formatDateTime, formatNumber, formatPlainDate, formatYenText } from '../../lib/format';
import { QueryView, queryProblem } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { DataTable, yen } from '../documents/docParts';
import { NotFoundPage } from '../errors/NotFoundPage';
import { PayoutMemberCells, PayoutStatusBadge } from '../mypage/payoutParts';
import { DonePanel, FailPanel } from './TransferPanels';

/** /staff/payouts/batches/:id — one payout batch: its file for the bank and the result of each transfer. */
export function StaffPayoutBatchPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const query = useQuery(staffPayoutQueries.batch(id));
  const batch = query.data ?? null;
  const date = batch ? formatPlainDate(batch.paymentDate, lang) : null;
  useDocumentTitle(date ? t('payouts.batch.heading', { date }) : t('payouts.batch.title'));
  const [notice, setNotice] = useState<string | null>(null);

  // Another batch starts without the last message.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the batch changes.
  useEffect(() => setNotice(null), [id]);

  if (queryProblem(query)?.code === 'not-found') {
    return <NotFoundPage title={t('payouts.batch.notFoundTitle')} body={t('payouts.batch.notFoundBody')} />;
  }

  const onUpdated = (updated: StaffPayout) => {
    queryClient.setQueryData(staffPayoutQueries.batch(id).queryKey, (current) => {
      if (!current) return current;
      const items = current.items.map((p) => (p.id === updated.id ? updated : p));
      return { ...current, items, open: items.filter((p) => p.status === 'batched').length };
    });
    void queryClient.invalidateQueries({ queryKey: ['staff-payouts'] });
    const username = updated.user.username;
    setNotice(
      updated.status === 'failed' ? t('payouts.batch.markedFailed', { username }) : t('payouts.batch.markedDone', { username }),
    );
  };

  return (
    <div className="staff-payout-batch">
      <Breadcrumbs
        items={[
          { to: '/staff', label: t('money.staff.title') },
          { to: '/staff/payouts', label: t('payouts.staff.title') },
          { label: date ? t('payouts.batch.crumb', { date }) : t('payouts.batch.title') },
        ]}
      />
      <h1>{date ? t('payouts.batch.heading', { date }) : t('payouts.batch.title')}</h1>
      <QueryView query={query} canRetry={(problem) => problem.status !== 403}>
        {(batch) => (
          <>
            <BatchSummary batch={batch} />
            <section aria-labelledby="batch-items" className="section">
              <h2 id="batch-items">{t('payouts.batch.itemsTitle')}</h2>
              <StatusMessage>{notice}</StatusMessage>
              {batch.items.length > 0 && batch.open === 0 && <p className="muted">{t('payouts.batch.allDone')}</p>}
              <DataTable
                caption={t('payouts.batch.itemsCaption', { count: formatNumber(batch.items.length, lang) })}
                className="staff-table"
                stack
              >
                <TableHead
                  columns={[
                    { label: t('payouts.batch.member') },
                    { label: t('payouts.batch.bank') },
                    { label: t('payouts.batch.net'), className: 'num' },
                    { label: t('payouts.batch.status') },
                    { label: t('payouts.batch.action') },
                  ]}
                />
                <tbody>
                  {batch.items.map((p) => (
                    <TransferRow key={p.id} payout={p} onUpdated={onUpdated} />
                  ))}
                </tbody>
              </DataTable>
            </section>
          </>
        )}
      </QueryView>
      <p className="page-end-link">
        <Link to="/staff/payouts">{t('payouts.batch.backToList')}</Link>
      </p>
    </div>
  );
}

function BatchSummary({ batch: b }: { batch: PayoutBatch }) {
  const { t } = useTranslation();
  const lang = useLang();
  const hintId = `zengin${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <section aria-labelledby="batch-summary" className="section">
      <h2 id="batch-summary" className="visually-hidden">
        {t('payouts.batch.summary')}
      </h2>
      <MoneySummary
        figures={[
          { label: t('payouts.batch.paymentDate'), value: formatPlainDate(b.paymentDate, lang) },
          { label: t('payouts.batch.count'), value: formatNumber(b.count, lang) },
          { label: t('payouts.batch.total'), value: yen(b.total), main: true },
          { label: t('payouts.batch.open'), value: formatNumber(b.open, lang), live: true },
        ]}
      />
      <p className="muted small">
        {t('payouts.batch.createdAt')}: <time dateTime={b.createdAt}>{formatDateTime(b.createdAt, lang)}</time>
      </p>
      <div className="payout-download">
        <a href={payoutsApi.zenginHref(b.id)} download className="btn btn-secondary" aria-describedby={hintId}>
          {t('payouts.batch.download')}
        </a>
        <p id={hintId} className="muted small">
          {t('payouts.batch.downloadHint')}
        </p>
      </div>
    </section>
  );
}

type Mode = 'done' | 'fail' | null;

function TransferRow({ payout: p, onUpdated }: { payout: StaffPayout; onUpdated: (p: StaffPayout) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [mode, setMode] = useState<Mode>(null);
  const [recorded, setRecorded] = useState(false);
  const [focus, setFocus] = useState<{ target: 'recorded' | 'done' | 'fail'; n: number } | null>(null);
  const recordedRef = useRef<HTMLSpanElement>(null);
  const base = `transfer${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  useEffect(() => {
    if (focus?.target === 'recorded') recordedRef.current?.focus();
    else if (focus) document.getElementById(`${base}-${focus.target}`)?.focus();
  }, [focus, base]);
  const focusOn = (target: 'recorded' | 'done' | 'fail') => setFocus((f) => ({ target, n: (f?.n ?? 0) + 1 }));

  const close = () => {
    const from = mode;
    setMode(null);
    if (from) focusOn(from);
  };
  const finished = (updated: StaffPayout) => {
    setMode(null);
    setRecorded(true);
    onUpdated(updated);
    focusOn('recorded');
  };
  const amount = formatYenText(p.net, lang);

  return (
    <tr>
      <PayoutMemberCells payout={p} />
      <td className="num strong" data-label={t('payouts.batch.net')}>
        {yen(p.net)}
      </td>
      <td className="payout-status-cell" data-label={t('payouts.batch.status')}>
        <div>
          <PayoutStatusBadge status={p.status} />
          {p.status === 'failed' && p.failureReason && (
            <p className="payout-failure">{t('payouts.history.failureReason', { reason: p.failureReason })}</p>
          )}
        </div>
      </td>
      <td className="payout-action-cell" data-label={t('payouts.batch.action')}>
        {p.status === 'batched' ? (
          mode === 'done' ? (
            <DonePanel payout={p} amount={amount} onDone={finished} onCancel={close} />
          ) : mode === 'fail' ? (
            <FailPanel payout={p} amount={amount} onDone={finished} onCancel={close} />
          ) : (
            <div className="payout-actions">
              <Button id={`${base}-done`} className="btn-small" onClick={() => setMode('done')}>
                {t('payouts.batch.done')}
                <span className="visually-hidden">: {t('payouts.batch.doneFor', { username: p.user.username })}</span>
              </Button>
              <Button id={`${base}-fail`} variant="secondary" className="btn-small" onClick={() => setMode('fail')}>
                {t('payouts.batch.fail')}
                <span className="visually-hidden">: {t('payouts.batch.doneFor', { username: p.user.username })}</span>
              </Button>
            </div>
          )
        ) : recorded ? (
          <span ref={recordedRef} tabIndex={-1} className="deposit-done">
            {t('payouts.batch.doneShort')}
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  );
}
