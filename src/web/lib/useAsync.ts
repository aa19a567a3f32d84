import { useCallback, useEffect, useRef, useState } from 'react';
import type { Problem } from '../../shared/errors';
import { toProblem } from '../api/client';

export type AsyncState<T> = { status: 'loading' } | { status: 'error'; problem: Problem } | { status: 'done'; data: T };

/** Loads data on mount (and when `key` changes); `reload` fetches again. */
export function useAsync<T>(load: () => Promise<T>, key: string) {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const loadedKey = useRef(key);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` fetches.
  useEffect(() => {
    let live = true;
    if (loadedKey.current !== key) {
      loadedKey.current = key;
      setState({ status: 'loading' });
    }
    load().then(
      (data) => live && setState({ status: 'done', data }),
      (error: unknown) => live && setState({ status: 'error', problem: toProblem(error) }),
    );
    return () => {
      live = false;
    };
  }, [key, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const setData = useCallback((data: T) => setState({ status: 'done', data }), []);
  return { state, reload, setData };
}
