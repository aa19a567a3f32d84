// Unread counts for the header: messages (メッセージ) and notifications (お知らせ). Fetched
// when a member logs in, every minute while the page is visible, and whenever a page asks
// (after sending a message, reading a thread or a notification).

import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { notificationsApi, threadsApi } from '../api/messages';
import { useAuth } from './auth';

const POLL_MS = 60_000;

export interface UnreadValue {
  messages: number;
  notifications: number;
  /** Fetches both counts again now. */
  refresh: () => void;
}

const UnreadContext = createContext<UnreadValue>({ messages: 0, notifications: 0, refresh: () => {} });

export function UnreadProvider({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const userId = user?.id ?? null;
  const [messages, setMessages] = useState(0);
  const [notifications, setNotifications] = useState(0);
  const round = useRef(0);

  const load = useCallback(async () => {
    const mine = ++round.current;
    const [threads, notes] = await Promise.allSettled([threadsApi.mine(), notificationsApi.mine()]);
    if (mine !== round.current) return;
    if (threads.status === 'fulfilled') setMessages(threads.value.unreadTotal);
    if (notes.status === 'fulfilled') setNotifications(notes.value.unreadCount);
  }, []);

  useEffect(() => {
    round.current++;
    setMessages(0);
    setNotifications(0);
    if (!userId) return;
    void load();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void load();
    }, POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void load();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      round.current++;
    };
  }, [userId, load]);

  const refresh = useCallback(() => {
    if (userId) void load();
  }, [userId, load]);

  const value = useMemo(() => ({ messages, notifications, refresh }), [messages, notifications, refresh]);
  return <UnreadContext.Provider value={value}>{children}</UnreadContext.Provider>;
}

export function useUnread(): UnreadValue {
  return useContext(UnreadContext);
}
