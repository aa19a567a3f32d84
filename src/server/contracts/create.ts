// A contract is made in the transaction that hires an applicant or accepts an offer: one
// milestone for the whole amount (the client may propose more before funding), a message
// thread for the parties, and the written terms both receive.
import { randomUUID } from 'node:crypto';
import { type RawBuilder, sql } from 'kysely';
import { termsDocument } from '../../domain/contracts/terms';
import type { MilestoneMoney } from '../../domain/money/fees';
import type { Db } from '../db/database';
import { always, type Guard, Statement } from '../db/statement';
import type { Deps } from '../deps';
import { addNotices } from '../notifications/notify';
import { moneyColumns, splitFor } from './core';

/** The calendar date in Japan `days` after `now`, as YYYY-MM-DD. */
export function japanDatePlus(now: Date, days: number): string {
  return new Date(now.getTime() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

export interface ContractInput {
  /** The job the contract is made for, or … */
  jobId?: string;
  /** … the service order it carries (exactly one of the two). */
  serviceOrderId?: string;
  title: string;
  clientId: string;
  workerId: string;
  /** Yen before tax. */
  amount: number;
  dueDate: string;
  applicationId?: string;
  offerId?: string;
  /** What the terms name, when the caller has already read it. */
  parties?: { description: string; client: string; worker: string };
  /** The milestone's money when it is not `amount` split by the project fees (a service order's). */
  money?: MilestoneMoney;
  /** The first milestone's title; 作業一式 unless given. */
  milestoneTitle?: string;
  /** Days after a delivery before it is accepted by itself; the platform's setting unless given. */
  acceptanceDays?: number;
  /** Whether both parties get the contract.created notice (a caller with notices of its own says no). */
  notify?: boolean;
}

export async function createContract(trx: Db, deps: Deps, input: ContractInput, now: Date): Promise<NewContract> {
  const parties =
    input.parties ??
    (await trx
      .selectFrom('jobs as j')
      .innerJoin('users as cu', 'cu.id', 'j.client_id')
      .innerJoin('users as wu', (join) => join.on('wu.id', '=', input.workerId))
      .select(['j.description', 'cu.username as client', 'wu.username as worker'])
      .where('j.id', '=', input.jobId ?? null)
      .executeTakeFirstOrThrow());
  const statement = new Statement(trx);
  const made = addContract(statement, deps, { ...input, parties }, now);
  await statement.execute();
  return made;
}

/** The ids of a new contract and of its first milestone. */
export interface NewContract {
  contractId: string;
  milestoneId: string;
}

type PartiedInput = ContractInput & { parties: NonNullable<ContractInput['parties']> };

/**
 * The contract, its first milestone, its thread, its first timeline row, its written
 * terms and the notices to both parties, as parts of a step's statement, made only if
 * the guard holds (the hire's compare-and-set matched). Returns the ids it made.
 */
export function addContract(
  statement: Statement,
  deps: Deps,
  input: PartiedInput,
  now: Date,
  onlyIf: Guard = always,
): NewContract {
  // The ids are made here so that every part can name them, and the caller can go on
  // with them without reading them back.
  const ids = { contractId: randomUUID(), milestoneId: randomUUID() };
  const money = input.money ?? splitFor(deps, input.amount, false);
  const milestone = { position: 1, title: input.milestoneTitle ?? '作業一式', dueDate: input.dueDate, money };
  const created = addContractRows(statement, ids, input, milestone, now, onlyIf);
  addThread(statement, created, input, now);
  addRecords(statement, deps, created, ids.contractId, input, milestone, now);
  const link = `/contracts/${ids.contractId}`;
  const notices = (['client', 'worker'] as const).map((role) => ({
    userId: role === 'client' ? input.clientId : input.workerId,
    kind: 'contract.created' as const,
    params: { title: input.title, role },
    link,
    onlyIf,
  }));
  if (input.notify !== false) addNotices(statement, deps.config.publicUrl, notices, now);
  return ids;
}

interface FirstMilestone {
  position: number;
  title: string;
  dueDate: string;
  money: ReturnType<typeof splitFor>;
}

/** The contract and its first milestone, with the milestone's escrow and the worker's earnings accounts; returns the contract's part. */
function addContractRows(
  statement: Statement,
  ids: NewContract,
  input: PartiedInput,
  milestone: FirstMilestone,
  now: Date,
  onlyIf: Guard,
): RawBuilder<unknown> {
  const m = moneyColumns(milestone.money);
  const contract = statement.with(
    'contract',
    sql`insert into contracts (id, job_id, service_order_id, acceptance_days, application_id, offer_id, client_id, worker_id, title,
                               created_at, updated_at)
        select ${ids.contractId}::uuid, ${input.jobId ?? null}::uuid, ${input.serviceOrderId ?? null}::uuid, ${input.acceptanceDays ?? null}::int,
               ${input.applicationId ?? null}::uuid, ${input.offerId ?? null}::uuid,
               ${input.clientId}::uuid, ${input.workerId}::uuid, ${input.title}::text, ${now}::timestamptz, ${now}::timestamptz
        where ${onlyIf}
        returning id`,
  );
  const created = statement.ref(contract);
  const firstMilestone = statement.with(
    'milestone',
    sql`insert into milestones (id, contract_id, position, title, amount, tax, client_fee, client_fee_tax, worker_fee, worker_fee_tax,
                                withholding, worker_net, escrow, due_date, created_at, updated_at)
        select ${ids.milestoneId}::uuid, id, 1, ${milestone.title}, ${m.amount}, ${m.tax}, ${m.client_fee}, ${m.client_fee_tax}, ${m.worker_fee},
               ${m.worker_fee_tax}, ${m.withholding}, ${m.worker_net}, ${m.escrow}, ${input.dueDate}::date, ${now}, ${now}
        from ${created}
        returning id`,
  );
  // The milestone's escrow and the worker's earnings, open before any money moves.
  statement.with(
    'accounts',
    sql`insert into ledger_accounts (id, user_id, created_at)
        select 'escrow:' || id, null::uuid, ${now}::timestamptz from ${statement.ref(firstMilestone)}
        union all
        select ${`earnings:${input.workerId}`}::text, ${input.workerId}::uuid, ${now}::timestamptz from ${created}
        on conflict (id) do nothing`,
  );
  return created;
}

/** The parties' message thread. */
function addThread(statement: Statement, created: RawBuilder<unknown>, input: PartiedInput, now: Date): void {
  const thread = statement.with(
    'thread',
    sql`insert into threads (subject_type, subject_id, created_at) select 'contract', id, ${now} from ${created} returning id`,
  );
  statement.with(
    'members',
    sql`insert into thread_members (thread_id, user_id)
        select t.id, u.id from ${statement.ref(thread)} t cross join (values (${input.clientId}::uuid), (${input.workerId}::uuid)) as u (id)`,
  );
}

/** The first timeline row and the written terms (version 1). */
function addRecords(
  statement: Statement,
  deps: Deps,
  created: RawBuilder<unknown>,
  contractId: string,
  input: PartiedInput,
  milestone: FirstMilestone,
  now: Date,
): void {
  const { parties } = input;
  const terms = termsDocument({
    contractId,
    orderId: input.serviceOrderId ?? null,
    version: 1,
    issuedAt: now,
    commissionedAt: now,
    client: { username: parties.client },
    worker: { username: parties.worker },
    job: { title: input.title, description: parties.description },
    withholding: false,
    autoAcceptDays: input.acceptanceDays ?? deps.config.autoAcceptDays,
    milestones: [milestone],
  });
  statement.with(
    'created',
    sql`insert into contract_events (contract_id, action, actor_role, actor_id, detail, created_at)
        select id, 'contract.create', 'client', ${input.clientId}, ${JSON.stringify({ amount: input.amount, dueDate: input.dueDate })}::jsonb, ${now}
        from ${created}`,
  );
  statement.with(
    'terms',
    sql`insert into contract_documents (contract_id, kind, version, body, created_at)
        select id, 'terms', 1, ${JSON.stringify(terms)}::jsonb, ${now} from ${created}`,
  );
  // A party with an open former-member flag (第9条) flags the contract for staff too: a
  // flag, never a refusal (flags/former-members.ts).
  statement.with(
    'flagged',
    sql`insert into member_flags (kind, user_id, contract_id, withdrawn_on, created_at)
        select 'former-member-contract', f.user_id, c.id, f.withdrawn_on, ${now}
        from member_flags f cross join ${created} c
        where f.kind = 'former-member' and f.resolved_at is null
          and f.user_id in (${input.clientId}::uuid, ${input.workerId}::uuid)
        on conflict do nothing`,
  );
}
