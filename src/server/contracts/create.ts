// A contract is made in the transaction that hires an applicant or accepts an offer: one
// milestone for the whole amount (the client may propose more before funding), a message
// thread for the parties, and the written terms both receive.
import type { Db } from '../db/database';
import type { Deps } from '../deps';
import { notify } from '../notifications/notify';
import { createThread } from '../threads/threads';
import { moneyColumns, recordEvent, splitFor } from './core';
import { issueTerms } from './lifecycle';

/** The calendar date in Japan `days` after `now`, as YYYY-MM-DD. */
export function japanDatePlus(now: Date, days: number): string {
  return new Date(now.getTime() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

export async function createContract(
  trx: Db,
  deps: Deps,
  input: {
    jobId: string;
    title: string;
    clientId: string;
    workerId: string;
    /** Yen before tax. */
    amount: number;
    dueDate: string;
    applicationId?: string;
    offerId?: string;
  },
  now: Date,
): Promise<string> {
  const contract = await trx
    .insertInto('contracts')
    .values({
      job_id: input.jobId,
      application_id: input.applicationId ?? null,
      offer_id: input.offerId ?? null,
      client_id: input.clientId,
      worker_id: input.workerId,
      title: input.title,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('milestones')
    .values({
      contract_id: contract.id,
      position: 1,
      title: '作業一式',
      ...moneyColumns(splitFor(deps, input.amount, false)),
      due_date: input.dueDate,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await createThread(trx, { type: 'contract', id: contract.id }, [input.clientId, input.workerId], now);
  await recordEvent(
    trx,
    {
      contractId: contract.id,
      action: 'contract.create',
      actorRole: 'client',
      actorId: input.clientId,
      detail: { amount: input.amount, dueDate: input.dueDate },
    },
    now,
  );
  await issueTerms(trx, deps, contract.id, now);
  const link = `/contracts/${contract.id}`;
  await notify(
    trx,
    deps.config.publicUrl,
    {
      userId: input.clientId,
      kind: 'contract.created',
      title: `「${input.title}」の契約を結びました。仮払いをお願いします`,
      body: '受注者が作業を始められるよう、契約ページから仮払いを行ってください。契約条件(取引条件明示書)も契約ページで確認できます。',
      link,
    },
    now,
  );
  await notify(
    trx,
    deps.config.publicUrl,
    {
      userId: input.workerId,
      kind: 'contract.created',
      title: `「${input.title}」の契約が結ばれました`,
      body: '発注者の仮払いが済むと作業を始められます。仮払いの前に作業を始めないでください。契約条件は契約ページで確認できます。',
      link,
    },
    now,
  );
  return contract.id;
}
