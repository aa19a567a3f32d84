// A member's own list (their postings, their applications) filtered by status: the tabs
// with each status's count, then the cards of the chosen one. With nothing at all the
// tabs would only show zeros, so the page says so instead.
import type { ReactNode } from 'react';
import { FilteredList } from '../FilterTabs';

export interface StatusFilteredListText<F extends string> {
  /** The tabs' accessible name. */
  filter: string;
  /** Read after each tab's count (「件」). */
  countSuffix: string;
  /** The member has none at all. */
  empty: string;
  /** None has the chosen status. */
  emptyStatus: string;
  /** A tab's name: 「すべて」 for the first, the status's name for the others. */
  label: (f: F) => string;
}

export function StatusFilteredList<F extends string, I extends { id: string; status: string }>({
  items,
  filters,
  filter,
  base,
  headingId,
  text,
  renderItem,
}: {
  items: I[];
  /** 'all' first, then the statuses. */
  filters: readonly F[];
  filter: F;
  /** The list's address, to which the tabs add `?status=`. */
  base: string;
  headingId: string;
  text: StatusFilteredListText<F>;
  renderItem: (item: I) => ReactNode;
}) {
  const withStatus = (f: F) => (f === 'all' ? items : items.filter((item) => item.status === f));
  const shown = withStatus(filter);

  if (items.length === 0) {
    return (
      <div className="card empty-state">
        <p>{text.empty}</p>
      </div>
    );
  }

  return (
    <FilteredList
      label={text.filter}
      base={base}
      filters={filters}
      current={filter}
      text={text.label}
      count={(f) => withStatus(f).length}
      countSuffix={text.countSuffix}
      listId={headingId}
      listClassName="job-list"
      items={shown}
      empty={text.emptyStatus}
    >
      {renderItem}
    </FilteredList>
  );
}
