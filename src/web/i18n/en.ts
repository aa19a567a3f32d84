// English UI text, assembled like the Japanese catalogue from `areas/<area>.en.ts`. Each
// area is typed as its Japanese counterpart, so a missing English text is a compile error.

import { accountsEn } from './areas/accounts.en';
import { appEn } from './areas/app.en';
import { applicationsEn } from './areas/applications.en';
import { auditEn } from './areas/audit.en';
import { autoPayoutsEn } from './areas/autoPayouts.en';
import { bankEn } from './areas/bank.en';
import { blocksEn } from './areas/blocks.en';
import { competitionsEn } from './areas/competitions.en';
import { confirmEn } from './areas/confirm.en';
import { consultationsEn } from './areas/consultations.en';
import { contractsEn } from './areas/contracts.en';
import { discoveryEn } from './areas/discovery.en';
import { guidesEn } from './areas/guides.en';
import { jobsEn } from './areas/jobs.en';
import { legalEn } from './areas/legal.en';
import { messagesEn } from './areas/messages.en';
import { moderationEn } from './areas/moderation.en';
import { moneyEn } from './areas/money.en';
import { notificationsEn } from './areas/notifications.en';
import { offersEn } from './areas/offers.en';
import { ordersEn } from './areas/orders.en';
import { payoutsEn } from './areas/payouts.en';
import { quotesEn } from './areas/quotes.en';
import { screeningEn } from './areas/screening.en';
import { securityEn } from './areas/security.en';
import { servicesEn } from './areas/services.en';
import { staffConsoleEn } from './areas/staffConsole.en';
import { withdrawalEn } from './areas/withdrawal.en';
import { workEn } from './areas/work.en';
import type { Messages } from './ja';

export const en: Messages = {
  contracts: contractsEn,
  consultations: consultationsEn,
  audit: auditEn,
  staffConsole: staffConsoleEn,
  blocks: blocksEn,
  discovery: discoveryEn,
  money: moneyEn,
  moderation: moderationEn,
  payouts: payoutsEn,
  autoPayouts: autoPayoutsEn,
  bank: bankEn,
  confirm: confirmEn,
  work: workEn,
  services: servicesEn,
  quotes: quotesEn,
  screening: screeningEn,
  security: securityEn,
  legal: legalEn,
  ...appEn,
  ...accountsEn,
  ...withdrawalEn,
  ...jobsEn,
  ...guidesEn,
  ...applicationsEn,
  ...offersEn,
  ...competitionsEn,
  ...messagesEn,
  ...notificationsEn,
  ...ordersEn,
};
