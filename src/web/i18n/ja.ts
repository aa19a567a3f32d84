// Japanese UI text, the reference catalogue: the English one has the same shape. Each area
// keeps its texts in `areas/<area>.ja.ts`; an area is either one key of the catalogue
// (`contracts: contractsJa`) or a few top-level keys spread into it (`...jobsJa`).

import { accountsJa } from './areas/accounts.ja';
import { appJa } from './areas/app.ja';
import { applicationsJa } from './areas/applications.ja';
import { auditJa } from './areas/audit.ja';
import { autoPayoutsJa } from './areas/autoPayouts.ja';
import { bankJa } from './areas/bank.ja';
import { blocksJa } from './areas/blocks.ja';
import { competitionsJa } from './areas/competitions.ja';
import { confirmJa } from './areas/confirm.ja';
import { consultationsJa } from './areas/consultations.ja';
import { contractsJa } from './areas/contracts.ja';
import { discoveryJa } from './areas/discovery.ja';
import { guidesJa } from './areas/guides.ja';
import { jobsJa } from './areas/jobs.ja';
import { legalJa } from './areas/legal.ja';
import { messagesJa } from './areas/messages.ja';
import { moderationJa } from './areas/moderation.ja';
import { moneyJa } from './areas/money.ja';
import { notificationsJa } from './areas/notifications.ja';
import { offersJa } from './areas/offers.ja';
import { ordersJa } from './areas/orders.ja';
import { payoutsJa } from './areas/payouts.ja';
import { quotesJa } from './areas/quotes.ja';
import { screeningJa } from './areas/screening.ja';
import { securityJa } from './areas/security.ja';
import { servicesJa } from './areas/services.ja';
import { staffConsoleJa } from './areas/staffConsole.ja';
import { withdrawalJa } from './areas/withdrawal.ja';
import { workJa } from './areas/work.ja';

export const ja = {
  contracts: contractsJa,
  consultations: consultationsJa,
  audit: auditJa,
  staffConsole: staffConsoleJa,
  blocks: blocksJa,
  discovery: discoveryJa,
  money: moneyJa,
  moderation: moderationJa,
  payouts: payoutsJa,
  autoPayouts: autoPayoutsJa,
  bank: bankJa,
  confirm: confirmJa,
  work: workJa,
  services: servicesJa,
  quotes: quotesJa,
  screening: screeningJa,
  security: securityJa,
  legal: legalJa,
  ...appJa,
  ...accountsJa,
  ...withdrawalJa,
  ...jobsJa,
  ...guidesJa,
  ...applicationsJa,
  ...offersJa,
  ...competitionsJa,
  ...messagesJa,
  ...notificationsJa,
  ...ordersJa,
};

export type Messages = typeof ja;
