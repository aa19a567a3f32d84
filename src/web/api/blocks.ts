// Blocking endpoints, and the staff's flags.
import { queryOptions } from '@tanstack/react-query';
import type { BlockList, BlockState, StaffFlagList } from '../../shared/api/blocks';
import { api } from './client';

export const blocksApi = {
  state: (username: string) => api.get<BlockState>(`/users/${encodeURIComponent(username)}/block`),
  block: (username: string) => api.post<BlockState>('/blocks', { username }),
  unblock: (userId: string) => api.delete<{ ok: true }>(`/blocks/${encodeURIComponent(userId)}`),
  list: (page: number) => api.get<BlockList>(`/blocks?page=${page}`),
  flags: (state: 'open' | 'resolved') => api.get<StaffFlagList>(`/staff/flags?state=${state}`),
  resolveFlag: (id: string, note: string) => api.post<{ ok: true }>(`/staff/flags/${encodeURIComponent(id)}/resolve`, { note }),
};

export const blockQueries = {
  state: (username: string) =>
    queryOptions({ queryKey: ['blocks', 'state', username], queryFn: () => blocksApi.state(username) }),
  list: (page: number) => queryOptions({ queryKey: ['blocks', 'list', page], queryFn: () => blocksApi.list(page) }),
  flags: (state: 'open' | 'resolved') =>
    queryOptions({ queryKey: ['staff', 'flags', state], queryFn: () => blocksApi.flags(state) }),
};
