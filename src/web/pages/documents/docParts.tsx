// Pieces shared by the printable documents and the money tables: the print button, yen
// amounts with a sign, dates that may be calendar dates or instants, and a table that
// scrolls sideways on a phone.
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Lang } from '../../../shared/errors';
import { Button } from '../../components/Button';
import { formatDate, formatPlainDate, formatYen } from '../../lib/format';
import '../../money.css';

/** 「印刷する」: opens the browser's print dialog (where the page can also be saved as PDF). */
export function PrintButton() {
  const { t } = useTranslation();
  const hintId = `print${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <div className="doc-print no-print">
      <Button variant="secondary" onClick={() => window.print()} aria-describedby={hintId}>
        {t('money.doc.print')}
      </Button>
      <p id={hintId} className="muted small">
        {t('money.doc.printHint')}
      </p>
    </div>
  );
}

type KindKey = 'fund' | 'refund' | 'paid' | 'settled' | 'payout' | 'task' | 'prize' | 'share';

/** The ledger's kinds of movement, as the documents name them. */
const KINDS: Record<string, KindKey> = {
  fund: 'fund',
  funded: 'fund',
  escrow: 'fund',
  escrow_fund: 'fund',
  deposit: 'fund',
  refund: 'refund',
  refunded: 'refund',
  escrow_refund: 'refund',
  paid: 'paid',
  release: 'paid',
  escrow_release: 'paid',
  payment: 'paid',
  settled: 'settled',
  settle: 'settled',
  settlement: 'settled',
  escrow_settle: 'settled',
  payout: 'payout',
  task: 'task',
  prize: 'prize',
  share: 'share',
};

/** 「仮払い」「返金」「報酬の支払い」…; an unknown kind is shown as it came. */
export function useKindLabel(): (kind: string) => string {
  const { t } = useTranslation();
  return (kind) => {
    const key = KINDS[kind];
    return key ? t(`money.kinds.${key}`) : kind;
  };
}

/** ¥12,345, and −¥12,345 for a negative amount (a real minus sign, read as "minus"). */
export function yen(n: number): string {
  return n < 0 ? `−${formatYen(-n)}` : formatYen(n);
}

/** +¥12,345 / −¥12,345 / ¥0: money in and out of the member's side. */
export function signedYen(n: number): string {
  if (n > 0) return `+${formatYen(n)}`;
  return yen(n);
}

/** A calendar date (2026-05-01) or an instant (ISO 8601), as a date. */
export function formatAnyDate(value: string, lang: Lang): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatPlainDate(value, lang) : formatDate(value, lang);
}

/**
 * A table with its caption; on a narrow screen the table scrolls sideways inside a
 * focusable region named by the caption, so keyboard users can scroll it too, or (with
 * `stack`) shows its rows as blocks.
 */
export function DataTable({
  caption,
  captionHidden = false,
  stack = false,
  className,
  children,
}: {
  caption: ReactNode;
  captionHidden?: boolean;
  /** On a phone, show each row as a block, each cell under its `data-label`. */
  stack?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const id = `tbl${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
    <section className="table-scroll" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className={['data-table', stack ? 'data-table-stack' : '', className].filter(Boolean).join(' ')}>
        <caption id={`${id}-caption`} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        {children}
      </table>
    </section>
  );
}

/** A statement line's title: a contract line links to its contract, a task or competition line to its posting. */
export function StatementLink({ contractId, jobId, title }: { contractId: string | null; jobId: string | null; title: string }) {
  if (contractId) return <Link to={`/contracts/${encodeURIComponent(contractId)}`}>{title}</Link>;
  if (jobId) return <Link to={`/jobs/${encodeURIComponent(jobId)}`}>{title}</Link>;
  return <>{title}</>;
}

/** One figure of a money row: its column's name (shown above it when the row stacks on a phone) and the amount. */
export interface YenCell {
  label: string;
  amount: number;
  /** The row's bottom line, set in bold. */
  strong?: boolean;
}

/** A money row's figures, right-aligned, each labelled for the stacked phone layout; `false` leaves out a column the table does not show. */
export function YenCells({ cells }: { cells: (YenCell | false)[] }) {
  return (
    <>
      {cells
        .filter((c) => c !== false)
        .map((c, i) => (
          // The columns of a table never move, and two may share a name.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <td key={i} className={c.strong ? 'num strong' : 'num'} data-label={c.label}>
            {yen(c.amount)}
          </td>
        ))}
    </>
  );
}
