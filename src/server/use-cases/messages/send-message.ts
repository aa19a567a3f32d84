import { assertThreadOpen } from '../../blocks/guard';
import { lockActiveAccount } from '../../db/account-lock';
import { inTransaction } from '../../db/transaction';
import type { Deps } from '../../deps';
import { assertNotRestricted } from '../../moderation/restrictions';
import { postMessage } from '../../threads/post-message';

export interface SendMessageInput {
  senderId: string;
  threadId: string;
  body: string;
  attachmentIds: string[];
}

export async function sendMessage(deps: Deps, input: SendMessageInput): Promise<void> {
  const now = deps.clock();
  await inTransaction(deps.db, async (trx) => {
    // The account lock, as every write of a member takes it: a message racing its sender's
    // withdrawal is written before the withdrawal or refused, never after it.
    await lockActiveAccount(trx, input.senderId);
    await assertThreadOpen(trx, input.threadId, input.senderId);
    await assertNotRestricted(trx, input.senderId, 'message', now);
    await postMessage(trx, deps, input, now);
  });
}
