// One chart of the statistics page: its heading, the chart, a sentence saying what it
// shows, and the same figures as a table (for screen readers and for reading exact values).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../documents/docParts';
import styles from '../StaffConsole.module.css';
import { type ChartSeries, UPlotChart } from './UPlotChart';

export interface ChartSpec {
  id: string;
  title: string;
  series: ChartSeries[];
  /** A value as text (e.g. 12,000円, 3.5%). */
  format: (value: number) => string;
  /** The y axis's shorter form, when the values are long (yen). */
  axisFormat?: (value: number) => string;
  /** Rates are averaged in the summary; counts and amounts are summed. */
  kind: 'sum' | 'rate';
}

interface Peak {
  from: string;
  to: string;
  max: string;
  maxMonth: string;
}

interface SummaryTexts {
  sum: (params: Peak & { total: string }) => string;
  rate: (params: Peak & { average: string }) => string;
  none: string;
}

function summarise(spec: ChartSpec, months: string[], texts: SummaryTexts): string {
  return spec.series
    .map((s) => {
      const known = s.values.map((v, i) => [v, i] as const).filter((p): p is readonly [number, number] => p[0] !== null);
      if (known.length === 0) return `${s.label}: ${texts.none}`;
      const [max, at] = known.reduce((best, p) => (p[0] > best[0] ? p : best));
      const total = known.reduce((sum, [v]) => sum + v, 0);
      const params: Peak = {
        from: months[0] ?? '',
        to: months[months.length - 1] ?? '',
        max: spec.format(max),
        maxMonth: months[at] ?? '',
      };
      return `${s.label}: ${
        spec.kind === 'rate'
          ? texts.rate({ ...params, average: spec.format(total / known.length) })
          : texts.sum({ ...params, total: spec.format(total) })
      }`;
    })
    .join(' ');
}

export function ChartBlock({ spec, months }: { spec: ChartSpec; months: string[] }) {
  const { t } = useTranslation();
  const summary = useMemo(
    () =>
      summarise(spec, months, {
        sum: (p) =>
          t('staffConsole.statistics.summary', { from: p.from, to: p.to, max: p.max, maxMonth: p.maxMonth, total: p.total }),
        rate: (p) =>
          t('staffConsole.statistics.rateSummary', {
            from: p.from,
            to: p.to,
            max: p.max,
            maxMonth: p.maxMonth,
            average: p.average,
          }),
        none: t('staffConsole.statistics.noRate'),
      }),
    [spec, months, t],
  );
  return (
    <section aria-labelledby={spec.id} className={`card section statistics-block ${styles.chartBlock}`}>
      <h2 id={spec.id}>{spec.title}</h2>
      <UPlotChart
        months={months}
        series={spec.series}
        format={spec.format}
        axisFormat={spec.axisFormat}
        monthLabel={t('staffConsole.statistics.month')}
      />
      <p className="small statistics-summary">{summary}</p>
      <details>
        <summary>{t('staffConsole.statistics.tableCaption', { chart: spec.title })}</summary>
        <DataTable caption={t('staffConsole.statistics.tableCaption', { chart: spec.title })} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('staffConsole.statistics.month')}</th>
              {spec.series.map((s) => (
                <th key={s.label} scope="col" className="num">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((month, i) => (
              <tr key={month}>
                <th scope="row" className="nowrap">
                  {month}
                </th>
                {spec.series.map((s) => {
                  const v = s.values[i];
                  return (
                    <td key={s.label} className="num">
                      {v === null || v === undefined ? t('staffConsole.statistics.noRate') : spec.format(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </DataTable>
      </details>
    </section>
  );
}
