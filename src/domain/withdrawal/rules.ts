// The blocker rules of the product, in the order the pre-check lists them. Each feature
// that can leave something open adds its rule here and its provider on the server.
import type { BlockerRule } from './eligibility';

export const BLOCKER_RULES: readonly BlockerRule[] = [];
