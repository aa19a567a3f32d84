// The bar above a statement: the previous and next period as links around the one shown,
// and a picker to jump to any other. The monthly and the yearly statement share it.
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface PeriodLink {
  to: string;
  /** 「前の月」, 「次の年」… */
  text: string;
  /** The period it leads to, for screen readers: 「(2026年3月)」. */
  period: string;
}

interface Props {
  /** The name of the navigation landmark. */
  navLabel: string;
  /** The period shown. */
  current: string;
  previous?: PeriodLink | null;
  next?: PeriodLink | null;
  picker: ReactNode;
  className?: string;
}

export function PeriodBar({ navLabel, current, previous, next, picker, className }: Props) {
  return (
    <div className={['month-bar card', className].filter(Boolean).join(' ')}>
      <nav aria-label={navLabel} className="month-nav">
        <ul>
          {previous && (
            <li>
              <Link to={previous.to} className="btn btn-secondary btn-small">
                <span aria-hidden="true">‹ </span>
                {previous.text}
                <span className="visually-hidden">({previous.period})</span>
              </Link>
            </li>
          )}
          <li className="month-current" aria-current="page">
            {current}
          </li>
          {next && (
            <li>
              <Link to={next.to} className="btn btn-secondary btn-small">
                {next.text}
                <span className="visually-hidden">({next.period})</span>
                <span aria-hidden="true"> ›</span>
              </Link>
            </li>
          )}
        </ul>
      </nav>
      {picker}
    </div>
  );
}
