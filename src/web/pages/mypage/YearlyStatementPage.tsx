import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { moneyQueries, type YearlySummary } from '../../api/money';
import { useAuth } from '../../app/auth';
import { Breadcrumbs } from '../../components/Breadcrumbs';
import { Fact } from '../../components/facts/Fact';
import { MoneySummary } from '../../components/money/MoneySummary';
import { TableHead } from '../../components/money/TableHead';
import { PeriodPicker } from '../../components/PeriodPicker';
import { useLang } from '../../i18n';
import { formatPlainDate } from '../../lib/format';
import { QueryView } from '../../lib/query';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { DataTable, formatAnyDate, PrintButton, StatementLink, YenCells, yen } from '../documents/docParts';
import { IssuerFooter } from '../documents/IssuerFooter';
import { PeriodBar } from './PeriodBar';

/** The earliest year the API answers for. */
const FIRST_YEAR = 2000;
const JST = 9 * 3_600_000;

/** The calendar year in Japan (the summary runs January to December, Japan time). */
function japanYear(date: Date = new Date()): number {
  return new Date(date.getTime() + JST).getUTCFullYear();
}

/** Today in Japan, as "2026-05-01". */
function japanToday(now: Date = new Date()): string {
  return new Date(now.getTime() + JST).toISOString().slice(0, 10);
}

function readYear(search: string, max: number): number {
  const value = new URLSearchParams(search).get('year') ?? '';
  if (!/^\d{4}$/.test(value)) return max;
  const year = Number(value);
  return year >= FIRST_YEAR && year <= max ? year : max;
}

const yearPath = (year: number) => `/mypage/statements/yearly?year=${year}`;

/** /mypage/statements/yearly?year=YYYY — 年間の支払明細: the year's fees, withholding and fees, for a tax return. */
export function YearlyStatementPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const thisYear = japanYear();
  const year = readYear(location.search, thisYear);
  const yearLabel = (y: number) => t('money.yearly.yearLabel', { year: y });
  const label = yearLabel(year);
  useDocumentTitle(t('money.yearly.docTitle', { year: label }));
  const query = useQuery(moneyQueries.yearly(year));

  return (
    <div className="statements-page yearly-page">
      <Breadcrumbs
        items={[
          { to: '/mypage', label: t('myPage.title') },
          { to: '/mypage/statements', label: t('money.monthly.title') },
          { label: t('money.yearly.title') },
        ]}
      />
      <h1 className="doc-title">{t('money.yearly.title')}</h1>
      <p className="lead">{t('money.yearly.lead')}</p>

      <PeriodBar
        className="no-print"
        navLabel={t('money.yearly.yearNav')}
        current={label}
        previous={
          year > FIRST_YEAR ? { to: yearPath(year - 1), text: t('money.yearly.previous'), period: yearLabel(year - 1) } : null
        }
        next={year < thisYear ? { to: yearPath(year + 1), text: t('money.yearly.next'), period: yearLabel(year + 1) } : null}
        picker={<YearPicker year={year} min={FIRST_YEAR} max={thisYear} />}
      />

      <section aria-labelledby="yearly-heading" className="section">
        <h2 id="yearly-heading">{t('money.yearly.heading', { year: label })}</h2>
        <QueryView query={query}>{(data) => <YearlyBody summary={data} label={label} />}</QueryView>
      </section>

      <p className="no-print">
        <Link to="/mypage/statements">{t('money.yearly.backToMonthly')}</Link>
      </p>
    </div>
  );
}

/** 「年を選ぶ」: a four-digit year, also typed with full-width digits or as 「2025年」. */
function YearPicker({ year, min, max }: { year: number; min: number; max: number }) {
  const { t } = useTranslation();
  const read = (typed: string) => {
    const digits = typed.replace(/\s/g, '').replace(/年$/, '');
    const n = Number(digits);
    return /^\d{4}$/.test(digits) && n >= min && n <= max
      ? { path: yearPath(n) }
      : { error: t('money.yearly.yearInvalid', { min, max }) };
  };
  return (
    <PeriodPicker
      id="yearly-year-input"
      value={String(year)}
      label={t('money.yearly.pick')}
      hint={t('money.yearly.pickHint')}
      action={t('money.yearly.show')}
      read={read}
      input={{ type: 'text', inputMode: 'numeric', autoComplete: 'off', name: 'year', className: 'input-year' }}
    />
  );
}

function YearlyBody({ summary: s, label }: { summary: YearlySummary; label: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { user } = useAuth();
  const totals = s.totals;
  const today = japanToday();

  return (
    <>
      <PrintButton />
      <dl className="doc-meta yearly-meta">
        {user && (
          <Fact label={t('money.yearly.recipient')}>
            {t('money.doc.honorific', { name: user.displayName })} (@{user.username})
          </Fact>
        )}
        <Fact label={t('money.yearly.period')}>
          {t('money.yearly.periodValue', {
            from: formatPlainDate(`${s.year}-01-01`, lang),
            to: formatPlainDate(`${s.year}-12-31`, lang),
          })}
        </Fact>
        <Fact label={t('money.yearly.createdOn')}>
          <time dateTime={today}>{formatPlainDate(today, lang)}</time>
        </Fact>
      </dl>

      <h3 className="visually-hidden">{t('money.yearly.summary', { year: label })}</h3>
      <MoneySummary
        className="money-summary-yearly"
        figures={[
          { label: t('money.yearly.gross'), value: yen(totals.gross) },
          { label: t('money.yearly.withholding'), value: yen(totals.withholding) },
          { label: t('money.yearly.fees'), value: yen(totals.fees) },
          { label: t('money.yearly.net'), value: yen(totals.net), main: true },
          { label: t('money.yearly.paidOut'), value: yen(totals.paidOut) },
          {
            label: t('money.yearly.payoutFees'),
            value: `${yen(totals.payoutFees)}${totals.payoutFees > 0 ? t('money.yearly.payoutFeesTax', { tax: yen(totals.payoutFeesTax) }) : ''}`,
          },
        ]}
      />

      {s.lines.length === 0 ? (
        <p className="card empty-state">{t('money.yearly.empty', { year: label })}</p>
      ) : (
        <DataTable caption={t('money.yearly.caption', { year: label })} stack className="yearly-table">
          <TableHead
            columns={[
              { label: t('money.yearly.date') },
              { label: t('money.yearly.contract') },
              { label: t('money.yearly.client') },
              { label: t('money.yearly.grossColumn'), className: 'num' },
              { label: t('money.yearly.tax'), className: 'num' },
              { label: t('money.yearly.withholding'), className: 'num' },
              { label: t('money.yearly.fees'), className: 'num' },
              { label: t('money.yearly.net'), className: 'num' },
            ]}
          />
          <tbody>
            {s.lines.map((line, i) => (
              // Lines have no id (a contract may be paid several times); their order is fixed by the server.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <tr key={i}>
                <td className="nowrap" data-label={t('money.yearly.date')}>
                  <time dateTime={line.date}>{formatAnyDate(line.date, lang)}</time>
                </td>
                <th scope="row" data-label={t('money.yearly.contract')}>
                  <StatementLink contractId={line.contractId} jobId={line.jobId} title={line.title} />
                </th>
                <td className="nowrap" data-label={t('money.yearly.client')}>
                  <span>@{line.client}</span>
                </td>
                <YenCells
                  cells={[
                    { label: t('money.yearly.grossColumn'), amount: line.gross },
                    { label: t('money.yearly.tax'), amount: line.tax },
                    { label: t('money.yearly.withholding'), amount: line.withholding },
                    { label: t('money.yearly.fees'), amount: line.fees },
                    { label: t('money.yearly.net'), amount: line.net, strong: true },
                  ]}
                />
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('money.yearly.total')}
              </th>
              <YenCells
                cells={[
                  { label: t('money.yearly.grossColumn'), amount: totals.gross },
                  { label: t('money.yearly.tax'), amount: totals.tax },
                  { label: t('money.yearly.withholding'), amount: totals.withholding },
                  { label: t('money.yearly.fees'), amount: totals.fees },
                  { label: t('money.yearly.net'), amount: totals.net },
                ]}
              />
            </tr>
          </tfoot>
        </DataTable>
      )}
      <p className="muted small">{t('money.yearly.noteAmounts')}</p>
      <p className="muted small">{t('money.yearly.notePaidOut')}</p>
      <p>
        <a href={`/api/v1/me/fees.csv?year=${s.year}`} download>
          {t('money.yearly.feesCsv', { year: label })}
        </a>
      </p>
      <IssuerFooter />
    </>
  );
}
