// The second factor (2段階認証) and the staff team endpoints.
import { queryOptions } from '@tanstack/react-query';
import type { SessionInfo } from '../../shared/api/accounts';
import type {
  CreateStaffBody,
  Enrolment,
  RecoveryCodes,
  SecondFactorLoginBody,
  SecondFactorStatus,
  StaffTeam,
} from '../../shared/api/security';
import type { StaffRole } from '../../shared/labels';
import { api, publishSession } from './client';

interface Ok {
  ok: true;
}

export const securityApi = {
  async completeLogin(body: SecondFactorLoginBody): Promise<SessionInfo> {
    const info = await api.post<SessionInfo>('/auth/login/second-factor', body);
    publishSession(info);
    return info;
  },
  status: () => api.get<SecondFactorStatus>('/me/second-factor'),
  startEnrolment: (password?: string) =>
    api.post<Enrolment>('/me/second-factor/enrolment', password === undefined ? {} : { password }),
  confirmEnrolment: (code: string) => api.post<RecoveryCodes>('/me/second-factor/enrolment/confirm', { code }),
  regenerateRecoveryCodes: (code: string) => api.post<RecoveryCodes>('/me/second-factor/recovery-codes', { code }),
  disable: (password: string, code: string) => api.post<Ok>('/me/second-factor/disable', { password, code }),

  team: () => api.get<StaffTeam>('/staff/team'),
  createStaff: (body: CreateStaffBody) => api.post<StaffTeam>('/staff/team', body),
  changeRole: (id: string, role: StaffRole) => api.put<StaffTeam>(`/staff/team/${encodeURIComponent(id)}/role`, { role }),
  removeRole: (id: string) => api.delete<Ok>(`/staff/team/${encodeURIComponent(id)}`),
};

export const securityQueries = {
  status: () => queryOptions({ queryKey: ['me', 'second-factor'], queryFn: securityApi.status }),
  team: () => queryOptions({ queryKey: ['staff', 'team'], queryFn: securityApi.team }),
};
