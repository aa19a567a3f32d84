// The row of figures at the top of a money page (取引明細, 年間の支払明細, 振込申請, 振込データ,
// the member's work): each a name above its figure, the one that matters most set larger.
import type { ReactNode } from 'react';

export interface SummaryFigure {
  /** The figure's name; also its key, so names are unique within a summary. */
  label: string;
  /** Said after the name, smaller: 「(出金できる金額)」. */
  note?: string;
  value: ReactNode;
  /** The figure that matters most on the page. */
  main?: boolean;
  /** The figure changes while the page is open; screen readers hear the change. */
  live?: boolean;
}

export function MoneySummary({ figures, className }: { figures: SummaryFigure[]; className?: string }) {
  return (
    <dl className={['money-summary', className].filter(Boolean).join(' ')}>
      {figures.map((f) => (
        <div key={f.label} className={f.main ? 'money-summary-balance' : undefined}>
          <dt>
            {f.label}
            {f.note && <span className="muted small">({f.note})</span>}
          </dt>
          <dd aria-live={f.live ? 'polite' : undefined}>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
