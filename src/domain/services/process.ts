// Skill services (出品): a seller's offer that buyers purchase as it stands. Its states
// and who moves it between them. Pure data: use cases apply a step by compare-and-set.
import type { Transition } from '../process/transitions';

/** 下書き, 公開中, 受付停止 (shown, not taking orders), 非公開. */
export const SERVICE_STATUSES = ['draft', 'published', 'paused', 'hidden'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export const SERVICE_STEPS = ['publish', 'pause', 'resume', 'hide'] as const;
export type ServiceStep = (typeof SERVICE_STEPS)[number];

/**
 * The seller moves the service; the platform hides the services of a member who
 * withdraws (the same step, taken by `system`). A service is never deleted: orders and
 * reviews keep pointing at it, and a draft that is not wanted is hidden.
 */
export type ServiceActor = 'seller' | 'system';

export const SERVICE_TRANSITIONS: readonly Transition<ServiceStatus, ServiceStep, ServiceActor>[] = [
  { action: 'publish', from: ['draft', 'hidden'], to: 'published', actors: ['seller'] },
  { action: 'pause', from: ['published'], to: 'paused', actors: ['seller'] },
  { action: 'resume', from: ['paused'], to: 'published', actors: ['seller'] },
  { action: 'hide', from: ['draft', 'published', 'paused'], to: 'hidden', actors: ['seller', 'system'] },
];

/** Statuses anybody may see: the service page and search show them. */
export const PUBLIC_SERVICE_STATUSES = ['published', 'paused'] as const satisfies readonly ServiceStatus[];

export function isPublicService(status: ServiceStatus): boolean {
  return (PUBLIC_SERVICE_STATUSES as readonly ServiceStatus[]).includes(status);
}

/** Statuses that keep the seller from withdrawing until the service is hidden (非公開にする). */
export const WITHDRAWAL_BLOCKING_SERVICE_STATUSES = PUBLIC_SERVICE_STATUSES;

/** Every button a service can show to someone; which ones a viewer gets is the policy's business. */
export const SERVICE_ACTIONS = ['edit', ...SERVICE_STEPS, 'buy', 'ask', 'favourite'] as const;
export type ServiceAction = (typeof SERVICE_ACTIONS)[number];
