// The consultation desk (ハラスメント等の相談窓口): what a member may consult staff about,
// the states a consultation goes through, and what staff may do to it. Confidential by
// rule: only the member and staff ever see it, and staff who are a party to the contract
// it names leave it to someone else. Pure.

export const CONSULTATION_CATEGORIES = ['harassment', 'terms', 'other'] as const;
export type ConsultationCategory = (typeof CONSULTATION_CATEGORIES)[number];

export const CONSULTATION_STATUSES = ['open', 'in_progress', 'closed'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export const CONSULTATION_LIMITS = { descriptionMin: 10, descriptionMax: 4000, answerMax: 4000 } as const;

export type ConsultationUpdateRefusal = 'consultation-closed' | 'consultation-answer-required' | 'consultation-unchanged';

/**
 * Why staff may not move a consultation from `current` to `next` with `answer`, or null.
 * A closed consultation stays closed (the member sends a new one); closing needs an answer
 * (the member is told what was done); an update changes the status or says something.
 */
export function consultationUpdateRefusal(
  current: ConsultationStatus,
  next: ConsultationStatus,
  answer: string | null,
): ConsultationUpdateRefusal | null {
  if (current === 'closed') return 'consultation-closed';
  const says = answer !== null && answer.trim().length > 0;
  if (next === 'closed' && !says) return 'consultation-answer-required';
  if (next === current && !says) return 'consultation-unchanged';
  return null;
}

/** Whether a staff member must leave the consultation to someone else: it is theirs, or they are a party to its contract. */
export function staffConflicted(staffId: string, consultation: { memberId: string; parties: readonly string[] }): boolean {
  return consultation.memberId === staffId || consultation.parties.includes(staffId);
}
