// Journey: a worker with earnings registers a bank account (bank and branch found by name),
// requests a payout and sees the transfer date before confirming; staff build the batch,
// download the Zengin file and mark the transfer done; the worker sees it paid.
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_BYTES } from '../src/domain/payouts/zengin';
import { expectAccessible, launchBrowser, newContext, shot } from './support/browser';
import { logIn } from './support/journeys';
import { type RunningServer, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;
/** The server's clock runs ahead by this much once the journey reaches the transfer date. */
let ahead = 0;

beforeAll(async () => {
  server = await startServer({ clock: () => new Date(Date.now() + ahead) });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('payout journey', () => {
  it('bank account → payout request → staff batch and Zengin file → done → the worker sees it paid', async () => {
    const workerContext = await newContext(browser, server.url, 'phone');
    const worker = await workerContext.newPage();
    await logIn(worker, 'hanako@demo.yorozu.localhost'); // paid for the completed demo contract
    await worker.goto('/mypage/bank-account');
    await worker.getByRole('combobox', { name: '金融機関' }).fill('みずほ');
    await worker.getByRole('option', { name: 'みずほ (0001)' }).click();
    await worker.getByRole('combobox', { name: '支店' }).fill('本店');
    await worker.getByRole('option', { name: '本店 (100)' }).click();
    await worker.getByLabel('口座番号').fill('1234567');
    await worker.getByLabel('口座名義(カナ)').fill('さとう はなこ');
    await worker.getByLabel('現在のパスワード').fill('yorozu-demo-2026');
    await shot(worker, 'payouts', '01-bank-account-form-phone');
    await expectAccessible(worker);
    await worker.getByRole('button', { name: 'この口座を登録する' }).click();
    await worker.getByText('振込先口座を登録しました。').first().waitFor();
    await worker.getByText('ｻﾄｳ ﾊﾅｺ').first().waitFor();
    await shot(worker, 'payouts', '02-bank-account-saved-phone');

    await worker.goto('/mypage/payouts');
    await worker.getByText('今申請したときの振込予定日').first().waitFor();
    await worker.getByLabel('申請額').fill('5000');
    await worker.getByRole('button', { name: '申請内容を確認する' }).click();
    await worker.getByText('この内容で振込申請しますか?').waitFor();
    await shot(worker, 'payouts', '03-payout-confirm-phone');
    await expectAccessible(worker);
    await worker.getByRole('button', { name: '振込申請を確定する' }).click();
    await worker
      .getByText(/の振込申請を受け付けました。振込予定日は/)
      .first()
      .waitFor();
    await worker.getByText('申請中').first().waitFor();
    await shot(worker, 'payouts', '04-payout-requested-phone');

    // Staff (finance) build the batch, download the file and record the transfer.
    const staffContext = await newContext(browser, server.url, 'desktop');
    const staff = await staffContext.newPage();
    await logIn(staff, 'staff@demo.yorozu.localhost', () => new Date(Date.now() + ahead));
    await staff.goto('/staff/payouts');
    await staff.getByText('@sato_hanako').first().waitFor();
    await shot(staff, 'payouts', '05-staff-payouts');
    await expectAccessible(staff);
    await staff.getByRole('button', { name: '内容を確認する' }).click();
    await staff.getByRole('button', { name: '振込データを作成する' }).click();
    await staff.getByRole('link', { name: '振込データを開く' }).click();
    await staff.getByRole('link', { name: '全銀フォーマットのファイルをダウンロード' }).waitFor();
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff.getByRole('link', { name: '全銀フォーマットのファイルをダウンロード' }).click(),
    ]);
    const bytes = await readFile((await download.path()) as string);
    expect(bytes.length % (RECORD_BYTES + 2)).toBe(0);
    expect(bytes.subarray(0, 1).toString('latin1')).toBe('1');
    await shot(staff, 'payouts', '06-staff-batch');
    await expectAccessible(staff);
    await staff
      .getByRole('row', { name: /@sato_hanako/ })
      .getByRole('button', { name: '振込完了' })
      .click();
    // Not before the transfer date: the refusal names it.
    const batch = await server.app.deps.db
      .selectFrom('payout_batches')
      .select('payment_date')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    await staff.getByRole('button', { name: '振込完了にする' }).click();
    await staff.getByText('振込日より前に振込完了にはできません').waitFor();
    await staff.getByText(/この振込データの振込日は/).waitFor();
    // On the transfer date (09:00 in Japan) it is done.
    ahead = new Date(`${batch.payment_date}T09:00:00+09:00`).getTime() - Date.now();
    // A staff session ends after 30 idle minutes, so days later staff sign in again.
    const batchPath = new URL(staff.url()).pathname;
    await logIn(staff, 'staff@demo.yorozu.localhost', () => new Date(Date.now() + ahead));
    await staff.goto(batchPath);
    await staff
      .getByRole('row', { name: /@sato_hanako/ })
      .getByRole('button', { name: '振込完了' })
      .click();
    await staff.getByRole('button', { name: '振込完了にする' }).click();
    await staff.getByText('振込済み').first().waitFor();
    await shot(staff, 'payouts', '07-staff-transfer-done');

    await worker.reload();
    await worker.getByText('振込済み').first().waitFor();
    await shot(worker, 'payouts', '08-worker-sees-paid-phone');

    // The yearly summary for the tax return shows the fee and the transfer.
    await worker.goto('/mypage/statements');
    await worker.getByRole('link', { name: '年間の支払明細を見る' }).click();
    await worker.getByRole('heading', { level: 1, name: '年間の支払明細' }).waitFor();
    await worker.getByText('¥4,500').first().waitFor();
    await shot(worker, 'payouts', '09-yearly-summary-phone');
    await expectAccessible(worker);
    await workerContext.close();
    await staffContext.close();
  });
});
