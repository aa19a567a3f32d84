// The header row of a money table: each column's name, figures' columns right-aligned
// ("num") so the names stand above the figures.
export interface Column {
  label: string;
  /** The column's class, e.g. "num" for a column of figures. */
  className?: string;
}

/** `false` leaves out a column the table does not show. */
export function TableHead({ columns }: { columns: (Column | false)[] }) {
  return (
    <thead>
      <tr>
        {columns
          .filter((c) => c !== false)
          .map((c, i) => (
            // The columns of a table never move, and two may share a name.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above.
            <th key={i} scope="col" className={c.className}>
              {c.label}
            </th>
          ))}
      </tr>
    </thead>
  );
}
