// A uPlot line chart that follows its box's width (ResizeObserver). The canvas is hidden
// from assistive technology: each chart's section says the same in text and in a table.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
}

const HEIGHT = 260;

export function UPlotChart({
  months,
  series,
  format,
  axisFormat = format,
  monthLabel,
}: {
  /** YYYY-MM, one per point on the x axis. */
  months: string[];
  series: ChartSeries[];
  /** How a value reads on the y axis and in the legend. */
  format: (value: number) => string;
  /** How a value reads on the y axis, where room is short (e.g. 15万円). */
  axisFormat?: (value: number) => string;
  /** The legend's name for the x value. */
  monthLabel: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const width = () => Math.max(240, Math.floor(element.clientWidth));
    const options: uPlot.Options = {
      width: width(),
      height: HEIGHT,
      scales: { x: { time: false } },
      axes: [
        {
          values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? (months[i] ?? '') : '')),
          incrs: [1, 2, 3, 6, 12],
        },
        { values: (_u, splits) => splits.map((v) => axisFormat(v)), size: 64 },
      ],
      series: [
        { label: monthLabel, value: (_u, i) => (i === null ? '' : (months[i] ?? '')) },
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          width: 2,
          points: { show: true, size: 6, fill: s.color },
          value: (_u: uPlot, v: number | null) => (v === null ? '—' : format(v)),
        })),
      ],
    };
    const data: uPlot.AlignedData = [months.map((_, i) => i), ...series.map((s) => s.values)];
    const chart = new uPlot(options, data, element);
    const observer = new ResizeObserver(() => chart.setSize({ width: width(), height: HEIGHT }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
    };
  }, [months, series, format, axisFormat, monthLabel]);
  return <div ref={box} className="statistics-chart" aria-hidden="true" />;
}
