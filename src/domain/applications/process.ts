// Applications (応募): pending (選考中) → hired | declined | withdrawn | expired.
import type { Transition } from '../process/transitions';

export const APPLICATION_STATUSES = ['pending', 'hired', 'declined', 'withdrawn', 'expired'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export type ApplicationAction = 'hire' | 'decline' | 'withdraw' | 'expire';

export const APPLICATION_TRANSITIONS: readonly Transition<ApplicationStatus, ApplicationAction>[] = [
  { action: 'hire', from: ['pending'], to: 'hired', actors: ['client'] },
  { action: 'decline', from: ['pending'], to: 'declined', actors: ['client', 'system'] },
  { action: 'withdraw', from: ['pending'], to: 'withdrawn', actors: ['worker', 'system'] },
  {
    action: 'expire',
    from: ['pending'],
    to: 'expired',
    actors: ['system'],
    timer: "applicationExpiryDays after the job's deadline (applicationExpiry)",
  },
];

/** A pending application expires this many days after the job's deadline without a decision. */
export function applicationExpiry(jobDeadline: Date, expiryDays: number): Date {
  return new Date(jobDeadline.getTime() + expiryDays * 86_400_000);
}

export type ApplyRefusal = 'job-not-open' | 'job-deadline-passed' | 'job-kind-not-applicable' | 'own-job';

/** Whether a worker may apply to a job now. */
export function checkApply(
  job: { status: string; kind: string; deadline: Date; clientId: string },
  workerId: string,
  now: Date,
): ApplyRefusal | null {
  if (job.clientId === workerId) return 'own-job';
  if (job.kind !== 'project') return 'job-kind-not-applicable';
  if (job.status !== 'open') return 'job-not-open';
  if (job.deadline.getTime() <= now.getTime()) return 'job-deadline-passed';
  return null;
}
