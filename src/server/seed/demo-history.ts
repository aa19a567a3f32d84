// A little history for the demo's statistics page: the demo members joined over the past
// months (not all today), and some former members left in those months with their
// reasons — rows of the anonymous reasons table, which names no one by design.

import { monthOf } from '../../domain/withdrawal/retention';
import type { Deps } from '../deps';

const DAY = 86_400_000;

/** When the i-th demo member registered: about a month apart, the last one today. */
export function demoRegisteredAt(now: Date, index: number, count: number): Date {
  return new Date(now.getTime() - (count - 1 - index) * 31 * DAY);
}

/** Former members' reasons, months ago (1 = last month). */
const FORMER_MEMBERS: { monthsAgo: number; reasons: string[] }[] = [
  { monthsAgo: 4, reasons: ['not-a-fit'] },
  { monthsAgo: 3, reasons: ['low-income', 'low-unit-price'] },
  { monthsAgo: 2, reasons: [] },
  { monthsAgo: 2, reasons: ['other-service'] },
  { monthsAgo: 1, reasons: ['low-income'] },
];

export async function seedDemoHistory(deps: Deps): Promise<void> {
  const now = deps.clock();
  await deps.db
    .insertInto('withdrawal_reasons')
    .values(
      FORMER_MEMBERS.map((f) => ({
        month: monthOf(new Date(now.getTime() - f.monthsAgo * 31 * DAY)),
        reasons: f.reasons,
        other_text: '',
        erase_now: false,
      })),
    )
    .execute();
}
