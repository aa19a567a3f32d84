// The account endpoints, typed with the shared request and response schemas.

import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ChangeEmailBody,
  ChangePasswordBody,
  DeviceSession,
  LoginBody,
  Me,
  Profile,
  ProfileBody,
  PublicProfile,
  RegisterBody,
  SessionInfo,
} from '../../shared/api/accounts';
import type { SecondFactorRequired } from '../../shared/api/security';
import { api, publishSession } from './client';

interface Accepted {
  message: string;
}
interface Ok {
  ok: true;
}

export const accountsApi = {
  register: (body: RegisterBody) => api.post<Accepted>('/auth/register', body),
  verifyEmail: (token: string) => api.post<Ok>('/auth/verify-email', { token }),
  resendVerification: (email: string) => api.post<Accepted>('/auth/resend-verification', { email }),
  /** Logs in, or answers that the second factor is asked next (no session yet). */
  async login(body: z.input<typeof LoginBody>): Promise<SessionInfo | SecondFactorRequired> {
    const info = await api.post<SessionInfo | SecondFactorRequired>('/auth/login', body);
    if ('user' in info) publishSession(info);
    return info;
  },
  logout: () => api.post<SessionInfo>('/auth/logout'),
  requestPasswordReset: (email: string) => api.post<Accepted>('/auth/password-reset', { email }),
  confirmPasswordReset: (token: string, password: string) => api.post<Ok>('/auth/password-reset/confirm', { token, password }),
  confirmEmailChange: (token: string) => api.post<Ok>('/auth/confirm-email-change', { token }),

  getMe: () => api.get<Me>('/me'),
  updateMe: (displayName: string) => api.patch<Me>('/me', { displayName }),
  setLocale: (locale: 'ja' | 'en') => api.put<Ok>('/me/locale', { locale }),
  changePassword: (body: z.input<typeof ChangePasswordBody>) => api.post<Ok>('/me/password', body),
  changeEmail: (body: z.input<typeof ChangeEmailBody>) => api.post<Accepted>('/me/email', body),
  getProfile: () => api.get<Profile>('/me/profile'),
  saveProfile: (body: ProfileBody) => api.put<Profile>('/me/profile', body),
  async listSessions(): Promise<DeviceSession[]> {
    const res = await api.get<{ sessions: DeviceSession[] }>('/me/sessions');
    return res.sessions;
  },
  revokeSession: (id: string) => api.delete<Ok>(`/me/sessions/${encodeURIComponent(id)}`),
  revokeOtherSessions: () => api.post<Ok>('/me/sessions/revoke-others'),

  getPublicProfile: (username: string) => api.get<PublicProfile>(`/users/${encodeURIComponent(username)}`),
};

export const accountQueries = {
  publicProfile: (username: string) =>
    queryOptions({ queryKey: ['users', username], queryFn: () => accountsApi.getPublicProfile(username) }),
};
