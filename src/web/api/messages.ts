// Message threads (メッセージ), notifications (お知らせ) and attached files (添付ファイル).

import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AttachmentInfo as AttachmentSchema,
  Message as MessageSchema,
  NotificationList as NotificationListSchema,
  Notification as NotificationSchema,
  ThreadList as ThreadListSchema,
  ThreadMessages as ThreadMessagesSchema,
  ThreadSummary as ThreadSummarySchema,
} from '../../shared/api/applications';
import { api } from './client';

export type AttachmentInfo = z.infer<typeof AttachmentSchema>;
export type Message = z.infer<typeof MessageSchema>;
export type ThreadSummary = z.infer<typeof ThreadSummarySchema>;
export type ThreadMessages = z.infer<typeof ThreadMessagesSchema>;
export type ThreadList = z.infer<typeof ThreadListSchema>;
export type Notification = z.infer<typeof NotificationSchema>;
export type NotificationList = z.infer<typeof NotificationListSchema>;

const threadPath = (id: string) => `/threads/${encodeURIComponent(id)}/messages`;

export const threadsApi = {
  mine: () => api.get<ThreadList>('/me/threads'),
  /** The messages of a thread; reading them marks them read. */
  messages: (id: string) => api.get<ThreadMessages>(threadPath(id)),
  send: (id: string, body: { body: string; attachmentIds: string[] }, screeningReview?: string) =>
    api.post<unknown>(threadPath(id), body, screeningReview ? { screeningReview } : undefined),
};

export const notificationsApi = {
  mine: () => api.get<NotificationList>('/me/notifications'),
  readAll: () => api.post<unknown>('/me/notifications/read', {}),
  read: (id: string) => api.post<unknown>(`/me/notifications/${encodeURIComponent(id)}/read`, {}),
};

/** What pages show of threads and notifications; the header's unread counts read the same. */
export const messageQueries = {
  threads: () => queryOptions({ queryKey: ['threads'], queryFn: threadsApi.mine }),
  notifications: () => queryOptions({ queryKey: ['notifications'], queryFn: notificationsApi.mine }),
  /** Its own key: refreshing the unread counts (the thread list) must not read the thread again. */
  thread: (id: string) => queryOptions({ queryKey: ['messages', id], queryFn: () => threadsApi.messages(id) }),
};

/** Where a file is downloaded (and shown, for images). */
export const attachmentUrl = (id: string) => `/api/v1/attachments/${encodeURIComponent(id)}`;

export const attachmentsApi = {
  upload(file: File): Promise<AttachmentInfo> {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.upload<AttachmentInfo>('/attachments', form);
  },
};
