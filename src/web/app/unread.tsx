// Unread counts for the header: messages (メッセージ) and notifications (お知らせ). They are
// the thread and notification lists' queries, so a page that loads either list updates
// the header too; fetched when a member logs in, every minute while the page is visible,
// on coming back to the page, and whenever a page asks (after sending a message, reading
// a thread or a notification).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { messageQueries } from '../api/messages';
import { useAuth } from './auth';

const POLL_MS = 60_000;

export interface UnreadValue {
  messages: number;
  notifications: number;
  /** Fetches both counts again now. */
  refresh: () => void;
}

const polled = { refetchInterval: POLL_MS, refetchOnWindowFocus: true } as const;

export function useUnread(): UnreadValue {
  const { user } = useAuth();
  const enabled = user !== null;
  const client = useQueryClient();
  const threads = useQuery({ ...messageQueries.threads(), ...polled, enabled, select: (list) => list.unreadTotal });
  const notes = useQuery({ ...messageQueries.notifications(), ...polled, enabled, select: (list) => list.unreadCount });
  const refresh = useCallback(() => {
    if (!enabled) return;
    void client.invalidateQueries({ queryKey: messageQueries.threads().queryKey });
    void client.invalidateQueries({ queryKey: messageQueries.notifications().queryKey });
  }, [client, enabled]);
  return {
    messages: enabled ? (threads.data ?? 0) : 0,
    notifications: enabled ? (notes.data ?? 0) : 0,
    refresh,
  };
}
