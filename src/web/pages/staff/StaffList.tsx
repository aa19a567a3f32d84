// The list on a staff page with filter tabs (入金確認, 紛争の裁定): the shown filter as a
// hidden heading, the last action's message, then the table or the empty state.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { StatusMessage } from '../../components/FormAlert';
import { type Column, TableHead } from '../../components/money/TableHead';
import { QueryView } from '../../lib/query';
import { DataTable } from '../documents/docParts';

interface Props<T> {
  /** The hidden heading's id, which names the list. */
  id: string;
  /** The filter shown, e.g. 「確認待ち」. */
  heading: string;
  /** The message after an action on a row; leave out on a list without actions. */
  notice?: ReactNode;
  query: UseQueryResult<T[]>;
  empty: string;
  caption: (count: number) => string;
  columns: Column[];
  /** A row of the table, with its key. */
  row: (item: T) => ReactNode;
}

export function StaffList<T>({ id, heading, notice, query, empty, caption, columns, row }: Props<T>) {
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id} className="visually-hidden">
        {heading}
      </h2>
      {notice !== undefined && <StatusMessage>{notice}</StatusMessage>}
      <QueryView query={query} canRetry={(problem) => problem.status !== 403}>
        {(list) =>
          list.length === 0 ? (
            <p className="card empty-state">{empty}</p>
          ) : (
            <DataTable caption={caption(list.length)} className="staff-table" stack>
              <TableHead columns={columns} />
              <tbody>{list.map(row)}</tbody>
            </DataTable>
          )
        }
      </QueryView>
    </section>
  );
}
