import type { DeviceSession } from '../../../shared/api/accounts';
import { listLiveSessions } from '../../db/repositories/sessions';
import type { Deps } from '../../deps';
import { deviceLabel } from '../../security/user-agent';

export interface ListSessionsInput {
  userId: string;
  currentSessionId: string;
}

export async function listSessions(deps: Deps, input: ListSessionsInput): Promise<DeviceSession[]> {
  const rows = await listLiveSessions(deps.db, input.userId, deps.clock());
  return rows.map((s) => ({
    id: s.id,
    device: deviceLabel(s.user_agent),
    ip: s.ip,
    createdAt: s.created_at.toISOString(),
    lastSeenAt: s.last_seen_at.toISOString(),
    current: s.id === input.currentSessionId,
  }));
}
