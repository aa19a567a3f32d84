// A list of items, or a note in its place when there is nothing to list.
import type { ReactNode } from 'react';

export function ItemList<I>({
  items,
  empty,
  emptyClassName = 'card empty-state',
  className,
  ordered = false,
  label,
  children,
}: {
  items: readonly I[];
  /** What is said when there are no items. */
  empty: ReactNode;
  emptyClassName?: string;
  className: string;
  /** An <ol>, for items whose order means something (the messages of a thread). */
  ordered?: boolean;
  /** The list's accessible name, when the heading above does not give it. */
  label?: string;
  /** One item, with its key. */
  children: (item: I) => ReactNode;
}) {
  if (items.length === 0) return <p className={emptyClassName}>{empty}</p>;
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={className} aria-label={label}>
      {items.map((item) => children(item))}
    </List>
  );
}
