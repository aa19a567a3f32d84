import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Problem } from '../../../shared/errors';
import { toProblem } from '../../api/client';

/**
 * Reads ?token=… from a mail link once, then removes it from the address bar so it does
 * not stay in the history or leak through the Referer header.
 */
export function useLinkToken(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => new URLSearchParams(location.search).get('token'));

  useEffect(() => {
    const params = new URLSearchParams(location.search);
    if (!params.has('token')) return;
    params.delete('token');
    const search = params.toString();
    navigate({ pathname: location.pathname, search: search ? `?${search}` : '' }, { replace: true, state: location.state });
  }, [location, navigate]);

  return token || null;
}

export type LinkActionState = { status: 'working' } | { status: 'done' } | { status: 'failed'; problem: Problem | null };

// A link's token works once, so the request is shared if the page mounts twice.
const requests = new Map<string, Promise<unknown>>();

/** Sends the mail link's token once and follows the answer; `failed` without a problem means no token. */
export function useLinkTokenAction(send: (token: string) => Promise<unknown>, onDone?: () => void): LinkActionState {
  const token = useLinkToken();
  const [state, setState] = useState<LinkActionState>(token ? { status: 'working' } : { status: 'failed', problem: null });
  const sendRef = useRef(send);
  const doneRef = useRef(onDone);

  useEffect(() => {
    if (!token) return;
    let live = true;
    let request = requests.get(token);
    if (!request) {
      request = sendRef.current(token);
      requests.set(token, request);
    }
    request.then(
      () => {
        if (!live) return;
        setState({ status: 'done' });
        doneRef.current?.();
      },
      (error: unknown) => live && setState({ status: 'failed', problem: toProblem(error) }),
    );
    return () => {
      live = false;
    };
  }, [token]);

  return state;
}
