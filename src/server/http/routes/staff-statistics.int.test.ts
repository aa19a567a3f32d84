// The statistics for staff over HTTP: who may read them, bad ranges, and the figures of
// each Japan-time month against contracts, an order, a dispute and withdrawals made here
// through the API — then the same figures read back from the CSV file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { fundByCard, type HiredContract, hiredContract, type Party, staffMember } from '../../../../test/contracts';
import { loggedInUser } from '../../../../test/factories';
import { buy, createService } from '../../../../test/orders';

let t: TestApp;
let support: Party;
let c1: HiredContract;
let c2: HiredContract;
const idOf = async (username: string) =>
  (await t.database.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
const milestone = (id: string) =>
  t.database.db.selectFrom('milestones').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

async function withdraw(party: Party, reasons: string[]) {
  const res = await party.client.post('/api/v1/me/withdrawal', {
    reasons,
    otherReason: '',
    password: party.user.password,
    eraseNow: false,
  });
  expect(res.statusCode, res.body).toBe(200);
}

beforeAll(async () => {
  t = await startTestApp({ sessionTtlDays: 365 });
  // April 2026 (Japan): two members; two contracts funded, the second accepted; one order.
  t.clock.set('2026-04-01T00:00:00Z');
  const client = await loggedInUser(t);
  const worker = await loggedInUser(t);
  c1 = await hiredContract(t, { client, worker, amount: 10_000 });
  await fundByCard(c1);
  c2 = await hiredContract(t, { client, worker, amount: 30_000 });
  await fundByCard(c2);
  expect((await worker.client.post(`/api/v1/milestones/${c2.milestoneId}/deliver`, { message: '納品します。' })).statusCode).toBe(
    200,
  );
  expect((await client.client.post(`/api/v1/milestones/${c2.milestoneId}/accept`, {})).statusCode).toBe(200);
  const service = await createService(t.database.db, await idOf(worker.user.username));
  const order = await buy(client.client, service);
  expect(order.statusCode, order.body).toBe(201);
  // 15:30 UTC on 30 April is 00:30 on 1 May in Japan: a May member.
  t.clock.set('2026-04-30T15:30:00Z');
  await loggedInUser(t);
  // May: a member joins and leaves with two reasons; the first contract goes to a dispute.
  t.clock.set('2026-05-10T03:00:00Z');
  await withdraw(await loggedInUser(t), ['low-income', 'other']);
  expect(
    (await worker.client.post(`/api/v1/contracts/${c1.contractId}/dispute`, { reason: '連絡が取れません' })).statusCode,
  ).toBe(200);
  // …and the client reports the worker's profile (通報).
  const reported = await client.client.post('/api/v1/reports', {
    targetKind: 'member',
    targetId: worker.user.username,
    reason: 'harassment',
    note: '',
  });
  expect(reported.statusCode, reported.body).toBe(201);
  // 15:00 UTC on 31 May is June in Japan: a June withdrawal with no reason given. It was a May member.
  t.clock.set('2026-05-31T10:00:00Z');
  const leaver = await loggedInUser(t);
  t.clock.set('2026-05-31T15:00:00Z');
  await withdraw(leaver, []);
  t.clock.set('2026-07-15T00:00:00Z');
  support = await staffMember(t, 'support');
});
afterAll(async () => {
  await t?.close();
});

const read = (client: Party['client'], query: string) => client.get(`/api/v1/staff/statistics?${query}`);

describe('statistics: access and ranges', () => {
  it('is for every staff role; members get 403 and visitors 401', async () => {
    for (const role of ['support', 'moderator', 'finance', 'admin'] as const) {
      expect((await read((await staffMember(t, role)).client, 'from=2026-04&to=2026-06')).statusCode).toBe(200);
      expect((await (await staffMember(t, role)).client.get('/api/v1/staff/statistics.csv')).statusCode).toBe(200);
    }
    const member = await loggedInUser(t);
    expect((await read(member.client, '')).json().code).toBe('forbidden');
    expect((await member.client.get('/api/v1/staff/statistics.csv')).statusCode).toBe(403);
    expect((await read(await t.client(), '')).statusCode).toBe(401);
    expect((await (await t.client()).get('/api/v1/staff/statistics.csv')).statusCode).toBe(401);
  });

  it('refuses bad months, reversed ranges and more than 24 months with field problems', async () => {
    const cases: [string, string, string][] = [
      ['from=2026-13&to=2027-01', '/querystring/from', 'date-invalid'],
      ['from=2026-4&to=2026-06', '/querystring/from', 'date-invalid'],
      ['from=2026-04-01&to=2026-06', '/querystring/from', 'date-invalid'],
      ['from=2026-06&to=2026-04', '/querystring/to', 'month-range'],
      ['from=2024-01&to=2026-01', '/querystring/from', 'month-span'],
    ];
    for (const [query, pointer, code] of cases) {
      for (const path of ['statistics', 'statistics.csv']) {
        const res = await support.client.get(`/api/v1/staff/${path}?${query}`);
        expect(res.statusCode, `${path}?${query}`).toBe(400);
        expect(res.json().code).toBe('validation-failed');
        expect(res.json().errors).toContainEqual({ pointer, code, detail: expect.stringMatching(/./) });
      }
    }
    // 24 months exactly is fine; by default the twelve months up to the current one.
    expect((await read(support.client, 'from=2024-08&to=2026-07')).json().months).toHaveLength(24);
    const byDefault = (await read(support.client, '')).json();
    expect([byDefault.from, byDefault.to, byDefault.months.length]).toEqual(['2025-08', '2026-07', 12]);
    const fromOnly = (await read(support.client, 'from=2026-05')).json();
    expect([fromOnly.from, fromOnly.to]).toEqual(['2026-05', '2026-07']);
  });
});

describe('statistics: the figures', () => {
  it('counts each Japan-time month from what happened in it', async () => {
    const m1 = await milestone(c1.milestoneId);
    const m2 = await milestone(c2.milestoneId);
    const order = await t.database.db
      .selectFrom('milestones as m')
      .innerJoin('contracts as c', 'c.id', 'm.contract_id')
      .select('m.escrow')
      .where('c.service_order_id', 'is not', null)
      .executeTakeFirstOrThrow();
    const report = (await read(support.client, 'from=2026-03&to=2026-07')).json();
    expect(report.months.map((m: { month: string }) => m.month)).toEqual(['2026-03', '2026-04', '2026-05', '2026-06', '2026-07']);
    const [march, april, may, june] = report.months;
    expect(march).toMatchObject({
      newMembers: 0,
      activeContracts: 0,
      fundedYen: 0,
      disputeRate: null,
      reports: 0,
      reportRate: null,
    });
    // 10,000 + 30,000 yen before tax and fees: the escrow holds more; the order's too.
    expect(m1.escrow + m2.escrow).toBeGreaterThan(40_000);
    expect(april).toMatchObject({
      newMembers: 2,
      withdrawals: 0,
      activeContracts: 3,
      fundedYen: m1.escrow + m2.escrow + order.escrow,
      releasedYen: m2.escrow,
      feesYen: m2.worker_fee + m2.client_fee,
      serviceOrders: 1,
      disputesOpened: 0,
      disputeRate: 0,
      reports: 0,
      reportRate: 0,
    });
    expect(april.feesYen).toBeGreaterThan(0);
    expect(may).toMatchObject({
      newMembers: 3,
      withdrawals: 1,
      activeContracts: 2,
      fundedYen: 0,
      releasedYen: 0,
      feesYen: 0,
      serviceOrders: 0,
      disputesOpened: 1,
      disputeRate: 0.5,
      reports: 1,
      reportRate: 0.5,
    });
    expect(may.withdrawalReasons).toEqual({
      'low-income': 1,
      'low-unit-price': 0,
      'not-a-fit': 0,
      'other-service': 0,
      'change-username': 0,
      other: 1,
      none: 0,
    });
    expect(june).toMatchObject({ newMembers: 0, withdrawals: 1, activeContracts: 2, disputesOpened: 0, disputeRate: 0 });
    expect(june.withdrawalReasons.none).toBe(1);
  });

  it('gives the same figures as a CSV file for Excel: BOM, Japanese headers, one row per month', async () => {
    const res = await support.client.get('/api/v1/staff/statistics.csv?from=2026-04&to=2026-06');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="yorozu-statistics-2026-04-2026-06.csv"');
    const bytes = res.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(rows).toHaveLength(4);
    const [header, ...body] = rows as [string[], ...string[][]];
    expect(header.slice(0, 3)).toEqual(['月', '新規会員数', '退会数']);
    expect(header).toContain('退会理由: 稼げない');
    const json = (await read(support.client, 'from=2026-04&to=2026-06')).json();
    const col = (name: string) => header.indexOf(name);
    body.forEach((row, i) => {
      expect(row).toHaveLength(header.length);
      const m = json.months[i];
      expect(row[col('月')]).toBe(m.month);
      expect(Number(row[col('新規会員数')])).toBe(m.newMembers);
      expect(Number(row[col('退会数')])).toBe(m.withdrawals);
      expect(Number(row[col('退会理由: 稼げない')])).toBe(m.withdrawalReasons['low-income']);
      expect(Number(row[col('稼働中の契約数')])).toBe(m.activeContracts);
      expect(Number(row[col('仮払い額(円)')])).toBe(m.fundedYen);
      expect(Number(row[col('支払い額(円)')])).toBe(m.releasedYen);
      expect(Number(row[col('手数料収入(円)')])).toBe(m.feesYen);
      expect(Number(row[col('紛争件数')])).toBe(m.disputesOpened);
      expect(Number(row[col('通報件数')])).toBe(m.reports);
    });
    expect(body[1]?.[col('紛争率(%)')]).toBe('50.00');
  });
});

/** RFC 4180: fields separated by commas, quoted with "" for a quote, records ended by CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  expect(field === '' && row.length === 0, 'the file ends with CRLF').toBe(true);
  return rows;
}
