// Server state: every GET the pages show goes through TanStack Query, so one cache holds
// what the server last said, pages that show the same resource share it, and a change
// (a mutation's answer) updates or invalidates exactly the queries it touches.
import { QueryClient, QueryClientProvider, type UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../shared/errors';
import { ApiError, toProblem } from '../api/client';
import { useAuth } from '../app/auth';
import { Button } from '../components/Button';
import { ProblemMessage } from '../components/FormAlert';
import { Loading } from '../components/Loading';

/** A refusal (4xx) does not change on its own: only trouble on the way is retried. */
function shouldRetry(failures: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failures < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // Pages load what they show when they open; coming back to a tab does not reload
        // a form someone is filling in.
        staleTime: 0,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

/** The cache belongs to one member: it is emptied whenever who is logged in changes. */
function ForgetOnUserChange({ client }: { client: QueryClient }) {
  const { user, status } = useAuth();
  const userId = status === 'ready' ? (user?.id ?? null) : undefined;
  const seen = useRef(userId);
  useEffect(() => {
    if (userId === undefined) return;
    if (seen.current !== undefined && seen.current !== userId) client.clear();
    seen.current = userId;
  }, [userId, client]);
  return null;
}

export function QueryProvider({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <ForgetOnUserChange client={client} />
      {children}
    </QueryClientProvider>
  );
}

/** The problem a failed query holds, in the shape the UI shows. */
export function queryProblem(query: Pick<UseQueryResult, 'error'>): Problem | null {
  return query.error ? toProblem(query.error) : null;
}

/**
 * The states of a page's main query: loading, failed (with a retry button) or its data.
 * `notFound` replaces the whole view when the server answers 404 (a page of its own).
 */
export function QueryView<T>({
  query,
  notFound,
  canRetry,
  problemNote,
  explain,
  children,
}: {
  query: UseQueryResult<T>;
  notFound?: ReactNode;
  /** Whether trying again could help (not for a refusal such as 403); yes when not given. */
  canRetry?: (problem: Problem) => boolean;
  /** Said under the problem, before the retry button (what could not be read). */
  problemNote?: ReactNode;
  /** Says a problem in the page's own words (e.g. who may see the page, for a refusal). */
  explain?: (problem: Problem) => Problem;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <Loading />;
  if (query.isError) {
    const problem = toProblem(query.error);
    const shown = explain ? explain(problem) : problem;
    if (notFound !== undefined && problem.code === 'not-found') return <>{notFound}</>;
    return (
      <ProblemMessage problem={shown}>
        {problemNote}
        {(canRetry?.(problem) ?? true) && (
          <Button variant="secondary" onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Button>
        )}
      </ProblemMessage>
    );
  }
  return <>{children(query.data)}</>;
}

/**
 * Two queries a page shows together, as one for QueryView: loading until both have
 * answered, failed as soon as either fails (the first one's problem first).
 */
export function bothQueries<A, B>(first: UseQueryResult<A>, second: UseQueryResult<B>): UseQueryResult<[A, B]> {
  const error = first.error ?? second.error;
  const isError = error !== null;
  const isPending = !isError && (first.isPending || second.isPending);
  const both = {
    isPending,
    isError,
    isSuccess: !isPending && !isError,
    error,
    data: !isPending && !isError ? [first.data, second.data] : undefined,
    refetch: async () => {
      await Promise.all([first.refetch(), second.refetch()]);
      return both;
    },
  };
  return both as unknown as UseQueryResult<[A, B]>;
}
