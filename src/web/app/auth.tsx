// The logged-in member, as the server last told us. Every SessionInfo the API client sees
// (initial load, login, logout, CSRF refresh) updates it.

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Me, SessionInfo } from '../../shared/api/accounts';
import { accountsApi } from '../api/accounts';
import { loadSession, onSession, onSessionLost, publishSession } from '../api/client';

export type AuthStatus = 'loading' | 'ready' | 'failed';

export interface AuthValue {
  status: AuthStatus;
  user: Me | null;
  /** Asks the server again who is logged in (and gets a fresh CSRF token). */
  refresh: () => Promise<void>;
  /** Replaces the member after an edit such as a display name change. */
  setUser: (user: Me) => void;
  /** Logs out and goes to the top page, which says 「ログアウトしました」. */
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus>('loading');
  const [user, setUserState] = useState<Me | null>(null);
  const navigate = useNavigate();
  const location = useLocation();
  // The logged-out session is applied only once the top page is shown, so that a page
  // that needs a login does not first send the member to the login form.
  const pendingLogout = useRef<SessionInfo | null>(null);

  useEffect(() => {
    const info = pendingLogout.current;
    if (info && location.pathname === '/') {
      pendingLogout.current = null;
      publishSession(info);
    }
  }, [location]);

  const refresh = useCallback(async () => {
    try {
      await loadSession();
    } catch {
      setStatus((s) => (s === 'loading' ? 'failed' : s));
    }
  }, []);

  useEffect(() => {
    const offSession = onSession((info) => {
      setUserState(info.user);
      setStatus('ready');
    });
    const offLost = onSessionLost(() => {
      void refresh();
    });
    void refresh();
    return () => {
      offSession();
      offLost();
    };
  }, [refresh]);

  const setUser = useCallback((next: Me) => setUserState(next), []);

  const logout = useCallback(async () => {
    try {
      pendingLogout.current = await accountsApi.logout();
    } catch {
      pendingLogout.current = null;
      await refresh();
    }
    navigate('/', { state: { notice: 'loggedOut' } });
  }, [navigate, refresh]);

  const value = useMemo<AuthValue>(() => ({ status, user, refresh, setUser, logout }), [status, user, refresh, setUser, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
