// A notice a page shows once, passed by the page that led here in the router state (「応募し
// ました」 after applying): read when the page opens, then removed from the history entry so
// that it is not shown again after a reload.
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

export function useRouteNotice<N>(read: (state: unknown) => N | null): N | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [notice] = useState(() => read(location.state));
  useEffect(() => {
    if (notice !== null) navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [notice, navigate, location.pathname, location.search]);
  return notice;
}

/** The `notice` the page that led here put in the router state, if any. */
export function noticeIn(state: unknown): unknown {
  return typeof state === 'object' && state !== null && 'notice' in state ? state.notice : undefined;
}

/** Whether the page that led here passed the one notice this page knows (「送信しました」). */
export function useRouteNoticeIs(notice: string): boolean {
  return useRouteNotice((state) => (noticeIn(state) === notice ? notice : null)) !== null;
}
