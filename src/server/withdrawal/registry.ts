// Where the withdrawal framework learns about open items. Each feature adds one provider
// (a query that fills a snapshot key) next to its rule in src/domain/withdrawal/rules.ts.

import { earningsOf } from '../../domain/ledger/recipes';
import type { BlockerRule, OpenItem, Snapshot } from '../../domain/withdrawal/eligibility';
import { BLOCKER_RULES } from '../../domain/withdrawal/rules';
import type { Db } from '../db/database';
import { balanceOf } from '../db/repositories/ledger';
import {
  contractsAsClientProvider,
  contractsAsWorkerProvider,
  earningsProvider,
  openDisputesProvider,
  payoutsInFlightProvider,
  pendingDepositsProvider,
  unfundedMilestonesProvider,
} from './providers/contracts';
import { openJobsProvider } from './providers/open-jobs';
import { ordersAsBuyerProvider, ordersAsSellerProvider } from './providers/orders';
import { pendingApplicationsProvider } from './providers/pending-applications';
import { openQuotesProvider } from './providers/quotes';
import { publishedServicesProvider } from './providers/services';
import { pendingCompetitionEntriesProvider, pendingTaskSubmissionsProvider, workEscrowHeldProvider } from './providers/work';

/** The periods a provider needs to follow an item's timers to their end. */
export interface WorkPeriods {
  taskAutoApproveDays: number;
  competitionSelectionDays: number;
}

export interface BlockerProvider {
  /** The snapshot key it fills (a rule's `from`). */
  key: string;
  load(db: Db, userId: string, now: Date, periods: WorkPeriods): Promise<OpenItem[]>;
}

export interface WithdrawalRegistry {
  rules: readonly BlockerRule[];
  providers: readonly BlockerProvider[];
}

export const PRODUCT_PROVIDERS: readonly BlockerProvider[] = [
  pendingApplicationsProvider,
  openJobsProvider,
  contractsAsWorkerProvider,
  contractsAsClientProvider,
  ordersAsSellerProvider,
  ordersAsBuyerProvider,
  unfundedMilestonesProvider,
  pendingDepositsProvider,
  pendingTaskSubmissionsProvider,
  pendingCompetitionEntriesProvider,
  workEscrowHeldProvider,
  publishedServicesProvider,
  openQuotesProvider,
  openDisputesProvider,
  earningsProvider,
  payoutsInFlightProvider,
];

export const DEFAULT_REGISTRY: WithdrawalRegistry = { rules: BLOCKER_RULES, providers: PRODUCT_PROVIDERS };

export function extendRegistry(base: WithdrawalRegistry, extra: Partial<WithdrawalRegistry>): WithdrawalRegistry {
  return { rules: [...base.rules, ...(extra.rules ?? [])], providers: [...base.providers, ...(extra.providers ?? [])] };
}

/** Runs every provider (in the caller's transaction) and returns the snapshot. */
export async function loadSnapshot(
  db: Db,
  userId: string,
  now: Date,
  registry: WithdrawalRegistry,
  periods: WorkPeriods,
): Promise<Snapshot> {
  const items: Snapshot['items'] = {};
  // Inside a transaction one connection runs one query at a time: in turn. Outside (the
  // read-only pre-check), the providers run in parallel on the pool.
  const results = db.isTransaction
    ? await registry.providers.reduce<Promise<OpenItem[][]>>(
        async (acc, p) => [...(await acc), await p.load(db, userId, now, periods)],
        Promise.resolve([]),
      )
    : await Promise.all(registry.providers.map((p) => p.load(db, userId, now, periods)));
  registry.providers.forEach((provider, i) => {
    items[provider.key] = [...(items[provider.key] ?? []), ...(results[i] ?? [])];
  });
  const balance = items.earningsBalance?.length ? await balanceOf(db, earningsOf(userId)) : 0;
  return { items, balanceYen: balance };
}
