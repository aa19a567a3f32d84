// A small money table: one row per line (a label and its yen), the last one the total.
// The caption is for screen readers; the heading above names the table for others.

export interface MoneyRow {
  key: string;
  label: string;
  value: string;
  total?: boolean;
}

export function MoneyRows({ rows, caption, className }: { rows: MoneyRow[]; caption: string; className?: string }) {
  return (
    <table className={className ? `money-table ${className}` : 'money-table'}>
      <caption className="visually-hidden">{caption}</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className={r.total ? 'money-total' : undefined}>
            <th scope="row">{r.label}</th>
            <td>{r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
