// What a page does with the cached answer of one of its queries: replace it with what a
// mutation answered, or mark it stale so that it (and the queries under its key) are read again.
import { type DataTag, type QueryKey, useQueryClient } from '@tanstack/react-query';

export function useQueryCache<T>(options: { queryKey: DataTag<QueryKey, T, unknown> | DataTag<QueryKey, T, Error> }) {
  const client = useQueryClient();
  const { queryKey } = options;
  return {
    set: (data: T) => void client.setQueryData(queryKey as DataTag<QueryKey, T>, data),
    update: (change: (data: T) => T) =>
      void client.setQueryData(queryKey as DataTag<QueryKey, T>, (old: T | undefined) => (old === undefined ? old : change(old))),
    reload: () => void client.invalidateQueries({ queryKey }),
  };
}
