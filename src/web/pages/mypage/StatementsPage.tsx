import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Lang } from '../../../shared/errors';
import { type MonthlyStatement, moneyQueries } from '../../api/money';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { MoneySummary } from '../../components/money/MoneySummary';
import { TableHead } from '../../components/money/TableHead';
import { PeriodPicker } from '../../components/PeriodPicker';
import { useLang } from '../../i18n';
import { QueryView } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { DataTable, formatAnyDate, StatementLink, signedYen, yen } from '../documents/docParts';
import { IssuerFooter } from '../documents/IssuerFooter';
import { PeriodBar } from './PeriodBar';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** This month in the browser's time zone, as "2026-04". */
function currentMonth(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

function shiftMonth(month: string, delta: number): string {
  const match = MONTH.exec(month);
  if (!match) return month;
  return currentMonth(new Date(Number(match[1]), Number(match[2]) - 1 + delta, 1));
}

/** 「2026年4月」 / "April 2026" */
function formatMonth(month: string, lang: Lang): string {
  const match = MONTH.exec(month);
  if (!match) return month;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, 1);
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { year: 'numeric', month: 'long' }).format(date);
}

function readMonth(search: string): string {
  const value = new URLSearchParams(search).get('month') ?? '';
  return MONTH.test(value) ? value : currentMonth();
}

const monthPath = (month: string) => `/mypage/statements?month=${month}`;

/** /mypage/statements?month=YYYY-MM — 取引明細: a month's money in and out, and the balance now. */
export function StatementsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const location = useLocation();
  const month = readMonth(location.search);
  const label = formatMonth(month, lang);
  useDocumentTitle(t('money.monthly.docTitle', { month: label }));
  const query = useQuery(moneyQueries.monthly(month));
  const thisMonth = currentMonth();
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);

  return (
    <div className="statements-page">
      <Breadcrumbs items={[{ to: '/mypage', label: t('myPage.title') }, { label: t('money.monthly.title') }]} />
      <h1>{t('money.monthly.title')}</h1>
      <p className="lead">{t('money.monthly.lead')}</p>
      <p>
        <Link to={`/mypage/statements/yearly?year=${month.slice(0, 4)}`}>{t('money.yearly.link')}</Link>
        <br />
        <a href={`/api/v1/me/fees.csv?year=${month.slice(0, 4)}`} download>
          {t('money.yearly.feesCsv', { year: t('money.yearly.yearLabel', { year: month.slice(0, 4) }) })}
        </a>
      </p>

      <PeriodBar
        navLabel={t('money.monthly.monthNav')}
        current={label}
        previous={{ to: monthPath(previous), text: t('money.monthly.previous'), period: formatMonth(previous, lang) }}
        next={month < thisMonth ? { to: monthPath(next), text: t('money.monthly.next'), period: formatMonth(next, lang) } : null}
        picker={<MonthPicker month={month} max={thisMonth} />}
      />

      <section aria-labelledby="statement-month" className="section">
        <h2 id="statement-month">{t('money.monthly.heading', { month: label })}</h2>
        <QueryView query={query}>{(data) => <StatementBody statement={data} label={label} />}</QueryView>
      </section>
      <IssuerFooter />
    </div>
  );
}

/** 「月を選ぶ」: an <input type="month">; browsers without one get a text box for "2026-04". */
function MonthPicker({ month, max }: { month: string; max: string }) {
  const { t } = useTranslation();
  const read = (typed: string) => {
    const dashed = typed.replace(/[/.年]/, '-').replace(/月$/, '');
    const padded = /^\d{4}-\d$/.test(dashed) ? `${dashed.slice(0, 5)}0${dashed.slice(5)}` : dashed;
    return MONTH.test(padded) ? { path: monthPath(padded) } : { error: t('money.monthly.monthInvalid') };
  };
  return (
    <PeriodPicker
      id="statement-month-input"
      value={month}
      label={t('money.monthly.pick')}
      hint={t('money.monthly.pickHint')}
      action={t('money.monthly.show')}
      read={read}
      input={{ type: 'month', name: 'month', max, className: 'input-month' }}
    />
  );
}

function StatementBody({ statement: s, label }: { statement: MonthlyStatement; label: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <h3 className="visually-hidden">{t('money.monthly.summary', { month: label })}</h3>
      <MoneySummary
        figures={[
          { label: t('money.monthly.earned'), value: yen(s.totals.earned) },
          { label: t('money.monthly.paid'), value: yen(s.totals.paid) },
          { label: t('money.monthly.refunded'), value: yen(s.totals.refunded) },
          { label: t('money.monthly.balance'), note: t('money.monthly.balanceNote'), value: yen(s.earningsBalance), main: true },
        ]}
      />

      {s.lines.length === 0 ? (
        <p className="card empty-state">{t('money.monthly.empty')}</p>
      ) : (
        <>
          <DataTable caption={t('money.monthly.caption', { month: label })} stack>
            <TableHead
              columns={[
                { label: t('money.monthly.date') },
                { label: t('money.monthly.kind') },
                { label: t('money.monthly.contract') },
                { label: t('money.monthly.amount'), className: 'num' },
              ]}
            />
            <tbody>
              {s.lines.map((line, i) => (
                // Lines have no id; their order is fixed by the server.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above.
                <tr key={i}>
                  <td className="nowrap" data-label={t('money.monthly.date')}>
                    {formatAnyDate(line.date, lang)}
                  </td>
                  <td data-label={t('money.monthly.kind')}>{line.label}</td>
                  <td data-label={t('money.monthly.contract')}>
                    <StatementLink contractId={line.contractId} jobId={line.jobId} title={line.title} />
                  </td>
                  <td className={line.amount > 0 ? 'num strong amount-in' : 'num strong'} data-label={t('money.monthly.amount')}>
                    {signedYen(line.amount)}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <p className="muted small">{t('money.monthly.signNote')}</p>
        </>
      )}
    </>
  );
}
