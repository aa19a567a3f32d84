// The payout bank account through HTTP: lookup by name as you type, validation against the
// real bank and branch list, the holder name in Zengin characters, the password, the
// number stored sealed and shown masked, and erased at withdrawal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/app';
import { loggedInUser } from '../../../../test/factories';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const valid = (password: string) => ({
  bankCode: '0001',
  branchCode: '100',
  accountType: 'ordinary',
  accountNumber: '1234567',
  holderName: 'やまだ はなこ',
  password,
});

describe('bank lookup', () => {
  it('finds banks by name in kanji, kana or romaji and by code, and branches within a bank', async () => {
    const c = await t.client();
    expect((await c.get('/api/v1/banks?q=みずほ')).json().items[0]).toEqual({ code: '0001', name: 'みずほ', kana: 'ミズホ' });
    expect((await c.get('/api/v1/banks?q=ゆうちょ')).json().items.map((b: { code: string }) => b.code)).toContain('9900');
    expect((await c.get('/api/v1/banks?q=0005')).json().items[0].code).toBe('0005');
    expect((await c.get(`/api/v1/banks/0001/branches?q=${encodeURIComponent('本店')}`)).json().items[0]).toMatchObject({
      code: '100',
    });
    expect((await c.get('/api/v1/banks/9999/branches?q=a')).json().items).toEqual([]);
  });
});

describe('my bank account', () => {
  it('is saved with the names from the bank list, the holder in half-width katakana, the number masked and sealed', async () => {
    const { user, client } = await loggedInUser(t);
    expect((await client.get('/api/v1/me/bank-account')).json()).toEqual({ account: null });
    const res = await client.put('/api/v1/me/bank-account', { ...valid(user.password), accountNumber: '７６５４３２１' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().account).toMatchObject({
      bankCode: '0001',
      bankName: 'みずほ',
      branchCode: '100',
      branchName: '本店',
      accountType: 'ordinary',
      numberMasked: '****321',
      holderName: 'ﾔﾏﾀﾞ ﾊﾅｺ',
    });
    const row = await t.database.db.selectFrom('bank_accounts').selectAll().executeTakeFirstOrThrow();
    expect(Buffer.from(row.sealed).toString('latin1')).not.toContain('7654321');
    expect(row.number_hint).toBe('321');
  });

  it.each([
    ['a bank code that does not exist', { bankCode: '0002' }, '/bankCode', 'bank-not-found'],
    ['a bank code of 3 digits', { bankCode: '001' }, '/bankCode', 'bank-code-invalid'],
    ['a branch not in that bank', { branchCode: '999' }, '/branchCode', 'branch-not-found'],
    ['a branch code with letters', { branchCode: '1a0' }, '/branchCode', 'branch-code-invalid'],
    ['an account number of 6 digits', { accountNumber: '123456' }, '/accountNumber', 'account-number-invalid'],
    ['an account number with letters', { accountNumber: '12345a7' }, '/accountNumber', 'account-number-invalid'],
    ['a holder name in kanji', { holderName: '山田 花子' }, '/holderName', 'holder-name-invalid'],
    ['an account type that does not exist', { accountType: 'checking' }, '/accountType', 'invalid-choice'],
  ])('refuses %s, naming the field, and saves nothing', async (_name, change, pointer, code) => {
    const { user, client } = await loggedInUser(t);
    const res = await client.put('/api/v1/me/bank-account', { ...valid(user.password), ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation-failed' });
    expect(res.json().errors).toContainEqual(expect.objectContaining({ pointer, code }));
    expect((await client.get('/api/v1/me/bank-account')).json().account).toBeNull();
  });

  it('names the characters Zengin refuses', async () => {
    const { user, client } = await loggedInUser(t);
    const res = await client.put('/api/v1/me/bank-account', { ...valid(user.password), holderName: 'ヤマダ 花子' });
    expect(res.json().errors[0].detail).toContain('花');
  });

  it('needs the password', async () => {
    const { client } = await loggedInUser(t);
    const res = await client.put('/api/v1/me/bank-account', valid('not the password at all'));
    expect(res.json()).toMatchObject({ code: 'validation-failed', errors: [{ pointer: '/password', code: 'password-wrong' }] });
    expect((await client.get('/api/v1/me/bank-account')).json().account).toBeNull();
  });

  it('is only ever the member’s own, and needs a login', async () => {
    const anonymous = await t.client();
    expect((await anonymous.get('/api/v1/me/bank-account')).statusCode).toBe(401);
    expect((await anonymous.put('/api/v1/me/bank-account', valid('x'))).statusCode).toBe(401);
  });

  it('is erased at withdrawal', async () => {
    const { user, client } = await loggedInUser(t);
    await client.put('/api/v1/me/bank-account', valid(user.password));
    const id = (
      await t.database.db.selectFrom('users').select('id').where('username', '=', user.username).executeTakeFirstOrThrow()
    ).id;
    const left = await client.post('/api/v1/me/withdrawal', {
      reasons: [],
      otherReason: '',
      password: user.password,
      eraseNow: true,
    });
    expect(left.statusCode, left.body).toBe(200);
    expect(await t.database.db.selectFrom('bank_accounts').select('user_id').where('user_id', '=', id).execute()).toEqual([]);
  });
});
