// Everything personal the system holds about a user, as one JSON document (the right of
// access under the APPI). Offered on the withdrawal pre-check and to staff by CLI. What
// goes in is decided table by table in the data map (EXPORT_MAP in db/privacy-map.ts);
// secrets never do: the password hash, link and session tokens, the sealed bank account
// number and holder name (the account is named by its bank, branch and last digits).
import type { Db } from '../../db/database';
import { exportAccess, exportAccount, exportBankAccount } from '../../export/account';
import { exportContracts } from '../../export/contracts';
import { exportConversations } from '../../export/conversations';
import { exportBlocks, exportFavourites, exportSavedSearches } from '../../export/discovery';
import { exportContactRequests, exportHeldItems } from '../../export/held-items';
import { exportMarketplace } from '../../export/marketplace';
import { exportMoney } from '../../export/money';
import { exportOwnWork } from '../../export/own-work';
import { exportPayoutChoices } from '../../export/payee';
import { exportQuotes } from '../../export/quotes';
import { exportServices } from '../../export/services';
import { getProfile } from './get-profile';

export async function exportPersonalData(db: Db, userId: string, now: Date) {
  const account = await exportAccount(db, userId);
  const access = await exportAccess(db, userId, account.email);
  const payoutBankAccount = await exportBankAccount(db, userId);
  // The sections the data map places first: each contract carries its details from them.
  const more = await exportWork(db, userId);
  const own = await exportOwnWork(db, userId, more.contractDetails);

  return {
    format: 'yorozu-personal-data-export',
    version: 1,
    exportedAt: now.toISOString(),
    account,
    profile: await getProfile(db, userId),
    ...access,
    payoutBankAccount,
    ...(await exportPayoutChoices(db, userId)),
    ...own,
    earnings: more.earnings,
    postings: more.postings,
    services: more.services,
    applications: more.applications,
    offers: more.offers,
    threads: more.threads,
    notifications: more.notifications,
    attachments: more.attachments,
    workRewards: more.workRewards,
    deposits: more.deposits,
    reviews: more.reviews,
    payoutRequests: more.payoutRequests,
    scheduledWithdrawal: more.scheduledWithdrawal,
    favourites: await exportFavourites(db, userId),
    blocks: await exportBlocks(db, userId),
    quotes: await exportQuotes(db, userId),
    heldItems: await exportHeldItems(db, userId),
    contactRequests: await exportContactRequests(db, userId),
    savedSearches: await exportSavedSearches(db, userId),
  };
}

/** The member's work, money and conversations, each table as the data map's EXPORT_MAP places it. */
async function exportWork(db: Db, userId: string) {
  const [contractDetails, marketplace, services, conversations, money] = await Promise.all([
    exportContracts(db, userId),
    exportMarketplace(db, userId),
    exportServices(db, userId),
    exportConversations(db, userId),
    exportMoney(db, userId),
  ]);
  return { contractDetails, ...marketplace, ...services, ...conversations, ...money };
}
