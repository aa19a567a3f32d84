// Who may do what with a service: the buttons a viewer sees are exactly these actions.
import { actionsFrom } from '../process/transitions';
import { SERVICE_TRANSITIONS, type ServiceAction, type ServiceStatus } from '../services/process';

export interface ServiceState {
  sellerId: string;
  status: ServiceStatus;
  /** The seller's account is active (not withdrawing, withdrawn or suspended). */
  sellerActive: boolean;
}

/** Whether the viewer may see the service at all: public ones to everybody, others to the seller. */
export function canViewService(s: ServiceState, viewerId: string | null): boolean {
  if (viewerId !== null && viewerId === s.sellerId) return true;
  return s.sellerActive && (s.status === 'published' || s.status === 'paused');
}

/**
 * The seller edits and moves the service along the table; another member may buy it or
 * ask about it while it is published (受付停止 shows it without taking orders).
 */
export function serviceActions(s: ServiceState, viewerId: string | null): ServiceAction[] {
  if (viewerId === null || !s.sellerActive) return [];
  if (viewerId === s.sellerId) return ['edit', ...actionsFrom(SERVICE_TRANSITIONS, s.status, 'seller')];
  return s.status === 'published' ? ['buy', 'ask'] : [];
}
