// Finding workers (人材を探す): who is listed, what a member is found by, and who may scout
// whom. Keywords use the job search's normalisation and index (domain/jobs/search.ts), so a
// one- or two-character word, full or half width, kana written either way, finds a member
// as it finds a posting.
import { normaliseForSearch } from '../jobs/search';

export const WORKER_SORTS = ['rating', 'completed', 'new'] as const;
export type WorkerSort = (typeof WORKER_SORTS)[number];

/** Actions a viewer may take on a worker's card or profile. */
export const WORKER_ACTIONS = ['scout'] as const;
export type WorkerAction = (typeof WORKER_ACTIONS)[number];

/**
 * The text a member is found by: the display name, the username, the skills and the
 * self-introduction, normalised as queries are.
 */
export function workerSearchText(w: {
  displayName: string | null;
  username: string;
  skills: readonly string[];
  bio: string;
}): string {
  return normaliseForSearch([w.displayName ?? '', w.username, ...w.skills, w.bio].join(' \n '));
}

/** A skill as the skill filter compares it: normalised, so ＷｏｒｄＰｒｅｓｓ is wordpress. */
export function skillKey(skill: string): string {
  return normaliseForSearch(skill);
}

/**
 * Whether a member is listed among workers: an active, verified member who is not staff
 * and works — has completed a contract as worker, or registered to take work (受注・両方)
 * and shows skills or a self-introduction (stored trimmed). A member who registered only
 * to order (発注のみ) is a client: a company introduction does not make them a worker.
 */
export function isListedWorker(m: {
  status: string;
  emailVerified: boolean;
  staff: boolean;
  intent: string;
  skills: readonly string[];
  bio: string;
  completedAsWorker: number;
}): boolean {
  if (m.status !== 'active' || !m.emailVerified || m.staff) return false;
  if (m.completedAsWorker > 0) return true;
  return m.intent !== 'order' && (m.skills.length > 0 || m.bio !== '');
}

/**
 * What a viewer may do with a listed worker (the caller checks the listing): a logged-in
 * active member scouts anyone but themself (the offer form then asks which open project
 * it is for). An anonymous reader has no action.
 */
export function workerActions(viewer: { id: string; active: boolean } | null, workerId: string): WorkerAction[] {
  if (!viewer?.active || viewer.id === workerId) return [];
  return ['scout'];
}
