import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { monthSpan, STATISTICS_MONTHS_MAX, type StatisticsReport } from '../../../shared/api/statistics';
import { fieldMessage } from '../../../shared/errors';
import { staffConsoleQueries, statisticsCsvHref } from '../../api/staffConsole';
import { Button } from '../../components/Button';
import { FormTextField } from '../../components/FormFields';
import { Page } from '../../components/Page';
import { useLang } from '../../i18n';
import type { Messages } from '../../i18n/ja';
import { useApiForm } from '../../lib/form';
import { formatNumber, formatYenText } from '../../lib/format';
import { QueryView } from '../../lib/query';
import styles from './StaffConsole.module.css';
import { ChartBlock, type ChartSpec } from './statistics/ChartBlock';
import { OtherFiguresTable, WithdrawalReasonsTable } from './statistics/StatisticsTables';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** YYYY-MM of `date` in Japan, moved by `delta` months. */
function japanMonth(date: Date, delta = 0): string {
  const japan = new Date(date.getTime() + 9 * 3_600_000);
  const index = japan.getUTCFullYear() * 12 + japan.getUTCMonth() + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The range in the address, or the twelve months up to this one. */
function readRange(search: string): { from: string; to: string } {
  const params = new URLSearchParams(search);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (MONTH.test(from) && MONTH.test(to)) return { from, to };
  return { from: japanMonth(new Date(), -11), to: japanMonth(new Date()) };
}

/** /staff/statistics — 統計: charts per month, the reasons for leaving, and the CSV. */
export function StaffStatisticsPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const { from, to } = readRange(location.search);
  const query = useQuery(staffConsoleQueries.statistics(from, to));
  return (
    <Page
      className="staff-statistics"
      title={t('staffConsole.statistics.title')}
      crumbs={[{ to: '/staff', label: t('money.staff.title') }]}
      lead={t('staffConsole.statistics.lead')}
    >
      <RangeForm key={location.search} from={from} to={to} />
      <QueryView query={query} canRetry={(problem) => problem.status !== 403 && problem.status !== 400}>
        {(report) => <Report report={report} />}
      </QueryView>
    </Page>
  );
}

function RangeForm({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const form = useApiForm<{ from: string; to: string }>({
    fields: ['from', 'to'],
    defaultValues: { from, to },
    check: (v): Record<string, string> => {
      if (!MONTH.test(v.from)) return { from: fieldMessage('date-invalid', lang) };
      if (!MONTH.test(v.to)) return { to: fieldMessage('date-invalid', lang) };
      if (v.from > v.to) return { to: fieldMessage('month-range', lang) };
      if (monthSpan(v.from, v.to) > STATISTICS_MONTHS_MAX) return { from: fieldMessage('month-span', lang) };
      return {};
    },
  });
  const submit = form.onSubmit(async (v) => navigate(`/staff/statistics?${new URLSearchParams({ from: v.from, to: v.to })}`));
  return (
    <form ref={form.formRef} aria-labelledby="statistics-range" className="form card" noValidate onSubmit={submit}>
      <h2 id="statistics-range">{t('staffConsole.statistics.rangeTitle')}</h2>
      <p className="small muted">{t('staffConsole.statistics.rangeHint')}</p>
      <div className={styles.range}>
        <FormTextField form={form} name="from" type="month" label={t('staffConsole.statistics.from')} required />
        <FormTextField form={form} name="to" type="month" label={t('staffConsole.statistics.to')} required />
      </div>
      <div className="form-actions">
        <Button type="submit">{t('staffConsole.statistics.show')}</Button>
        <a className="btn btn-secondary statistics-csv" href={statisticsCsvHref(from, to)} download>
          {t('staffConsole.statistics.csv')}
        </a>
      </div>
      <p className="small muted">{t('staffConsole.statistics.csvNote')}</p>
    </form>
  );
}

function Report({ report }: { report: StatisticsReport }) {
  const charts = useCharts(report);
  const months = useMemo(() => report.months.map((m) => m.month), [report]);
  return (
    <>
      <div className={styles.charts}>
        {charts.map((spec) => (
          <ChartBlock key={spec.id} spec={spec} months={months} />
        ))}
      </div>
      <WithdrawalReasonsTable report={report} />
      <OtherFiguresTable report={report} />
    </>
  );
}

// Colours told apart by most colour vision (Okabe–Ito), on a white ground.
const BLUE = '#0072B2';
const ORANGE = '#D55E00';
const GREEN = '#009E73';
const PURPLE = '#CC79A7';

type StatisticsLabel = keyof Messages['staffConsole']['statistics'];

function useCharts(report: StatisticsReport): ChartSpec[] {
  const { t } = useTranslation();
  const lang = useLang();
  return useMemo(() => {
    const m = report.months;
    const count = (v: number) => formatNumber(Math.round(v * 10) / 10, lang);
    const yen = (v: number) => formatYenText(Math.round(v), lang);
    // 150,000円 → 15万円 on the axis (¥150k in English), so the labels fit their column.
    const shortYen = (v: number) =>
      Math.abs(v) < 10_000
        ? yen(v)
        : lang === 'ja'
          ? `${formatNumber(Math.round(v / 1_000) / 10, lang)}万円`
          : `¥${formatNumber(Math.round(v / 100) / 10, lang)}k`;
    const percent = (v: number) => `${formatNumber(Math.round(v * 100) / 100, lang)}%`;
    const label = (key: StatisticsLabel) => t(`staffConsole.statistics.${key}`);
    return [
      {
        id: 'chart-members',
        title: label('membersChart'),
        kind: 'sum',
        format: count,
        series: [
          { label: label('newMembers'), color: BLUE, values: m.map((x) => x.newMembers) },
          { label: label('withdrawals'), color: ORANGE, values: m.map((x) => x.withdrawals) },
        ],
      },
      {
        id: 'chart-contracts',
        title: label('contractsChart'),
        kind: 'rate',
        format: count,
        series: [{ label: label('activeContracts'), color: GREEN, values: m.map((x) => x.activeContracts) }],
      },
      {
        id: 'chart-money',
        title: label('moneyChart'),
        kind: 'sum',
        format: yen,
        axisFormat: shortYen,
        series: [
          { label: label('funded'), color: BLUE, values: m.map((x) => x.fundedYen) },
          { label: label('released'), color: GREEN, values: m.map((x) => x.releasedYen) },
          { label: label('fees'), color: ORANGE, values: m.map((x) => x.feesYen) },
        ],
      },
      {
        id: 'chart-disputes',
        title: label('disputeChart'),
        kind: 'rate',
        format: percent,
        series: [
          {
            label: label('disputeRate'),
            color: PURPLE,
            values: m.map((x) => (x.disputeRate === null ? null : x.disputeRate * 100)),
          },
        ],
      },
    ];
  }, [report, t, lang]);
}
