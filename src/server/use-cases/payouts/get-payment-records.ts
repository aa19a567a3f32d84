// The yearly payment records (支払調書) of a member for a calendar year (Japan time): one
// per client and worker for the fees paid with withholding tax — milestones accepted in
// the year and the worker's parts of settlements. The member sees those where they are the
// payee (received) and those where they are the payer (paid); nobody else's.
import type { z } from 'zod';
import { paymentRecords, type WithheldPayment } from '../../../domain/payouts/payment-record';
import type { PaymentRecord, PaymentRecords } from '../../../shared/api/payout-settings';
import { settlementPartFor } from '../../contracts/money';
import type { Deps } from '../../deps';

type Record = z.infer<typeof PaymentRecord>;
type Line = Record['lines'][number] & { clientId: string; workerId: string };

const JST = 9 * 3_600_000;
const day = (d: Date) => new Date(d.getTime() + JST).toISOString().slice(0, 10);

export async function getPaymentRecords(
  deps: Deps,
  input: { userId: string; year: number },
): Promise<z.infer<typeof PaymentRecords>> {
  const from = new Date(Date.UTC(input.year, 0, 1) - JST);
  const to = new Date(Date.UTC(input.year + 1, 0, 1) - JST);
  const lines = await withheldLines(deps, input.userId, from, to);
  const totals = paymentRecords(lines satisfies WithheldPayment[]);
  const people = [...new Set(totals.flatMap((t) => [t.clientId, t.workerId]))];
  const [users, identities] = people.length
    ? await Promise.all([
        deps.db.selectFrom('users').select(['id', 'username', 'display_name']).where('id', 'in', people).execute(),
        deps.db
          .selectFrom('payee_identities')
          .select(['user_id', 'legal_name', 'address'])
          .where('user_id', 'in', people)
          .execute(),
      ])
    : [[], []];
  const records: (Record & { workerId: string })[] = totals.map((t) => {
    const client = users.find((u) => u.id === t.clientId);
    const worker = users.find((u) => u.id === t.workerId);
    const identity = identities.find((i) => i.user_id === t.workerId);
    return {
      year: input.year,
      payer: { username: client?.username ?? '', name: client?.display_name ?? client?.username ?? '' },
      payee: { username: worker?.username ?? '', legalName: identity?.legal_name ?? null, address: identity?.address ?? null },
      category: '報酬(所得税法第204条第1項第1号)',
      amount: t.amount,
      tax: t.tax,
      withholding: t.withholding,
      mustFile: t.mustFile,
      lines: lines
        .filter((l) => l.clientId === t.clientId && l.workerId === t.workerId)
        .map(({ clientId: _c, workerId: _w, ...l }) => l),
      workerId: t.workerId,
    };
  });
  const strip = ({ workerId: _w, ...r }: Record & { workerId: string }): Record => r;
  return {
    year: input.year,
    received: records.filter((r) => r.workerId === input.userId).map(strip),
    paid: records.filter((r) => r.workerId !== input.userId).map(strip),
  };
}

/** The year's payments with withholding where the member is the client or the worker, in date order. */
async function withheldLines(deps: Deps, userId: string, from: Date, to: Date): Promise<Line[]> {
  const input = { userId };
  const paid = await deps.db
    .selectFrom('milestones as m')
    .innerJoin('contracts as k', 'k.id', 'm.contract_id')
    .select(['m.paid_at', 'm.amount', 'm.tax', 'm.withholding', 'k.id', 'k.title', 'k.client_id', 'k.worker_id'])
    .where((eb) => eb.or([eb('k.worker_id', '=', input.userId), eb('k.client_id', '=', input.userId)]))
    .where('m.status', '=', 'paid')
    .where('m.withholding', '>', 0)
    .where('m.paid_at', '>=', from)
    .where('m.paid_at', '<', to)
    .orderBy('m.paid_at')
    .execute();
  const settled = await deps.db
    .selectFrom('contract_events as e')
    .innerJoin('contracts as k', 'k.id', 'e.contract_id')
    .innerJoin('milestones as m', 'm.id', 'e.milestone_id')
    .select([
      'e.created_at',
      'e.detail',
      'k.id',
      'k.title',
      'k.client_id',
      'k.worker_id',
      'k.withholding',
      'k.service_order_id',
      'm.amount',
      'm.tax',
    ])
    .where((eb) => eb.or([eb('k.worker_id', '=', input.userId), eb('k.client_id', '=', input.userId)]))
    .where('k.withholding', '=', true)
    .where('e.action', '=', 'milestone.settle')
    .where('e.created_at', '>=', from)
    .where('e.created_at', '<', to)
    .orderBy('e.created_at')
    .execute();
  return [
    ...paid.map((m) => ({
      date: day(m.paid_at as Date),
      contractId: m.id,
      title: m.title,
      amount: m.amount,
      tax: m.tax,
      withholding: m.withholding,
      clientId: m.client_id,
      workerId: m.worker_id,
    })),
    ...settled
      .filter((e) => Number(e.detail.workerAmount ?? 0) > 0)
      .map((e) => {
        const part = settlementPartFor(deps, e, e, Number(e.detail.workerAmount));
        return {
          date: day(e.created_at),
          contractId: e.id,
          title: e.title,
          amount: part.amount,
          tax: part.tax,
          withholding: part.withholding,
          clientId: e.client_id,
          workerId: e.worker_id,
        };
      }),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
