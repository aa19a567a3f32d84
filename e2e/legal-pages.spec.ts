// Journey: the operator's identity and the legal pages. A visitor follows the footer to the
// 特定商取引法に基づく表記 and finds the operator configured on this server, then the privacy
// policy listing what is kept and for how long; a worker enters a registration number in
// 会員情報管理 (typed in full width, normalised) and sees it on their public profile. Each
// page is checked with axe.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newContext, shot } from './support/browser';
import { logIn } from './support/journeys';
import { type RunningServer, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;

const OPERATOR_NAME = '株式会社ジャーニー運営';

beforeAll(async () => {
  server = await startServer({
    env: {
      OPERATOR_NAME,
      OPERATOR_REPRESENTATIVE: '代表取締役 鈴木 一郎',
      OPERATOR_POSTAL_CODE: '530-0001',
      OPERATOR_ADDRESS: '大阪府大阪市北区梅田1-1-1',
      OPERATOR_PHONE: '06-1234-5678',
      OPERATOR_EMAIL: 'help@journey.example.jp',
      OPERATOR_HOURS: '平日 10:00〜17:00',
      OPERATOR_INVOICE_NUMBER: 'T7000012050002',
    },
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('legal pages journey', () => {
  it('leads from the footer to the legal notice and the privacy policy, written from the settings', async () => {
    const context = await newContext(browser, server.url, 'desktop');
    const page = await context.newPage();
    await page.goto('/');
    const footer = page.getByRole('navigation', { name: 'サイト情報' });
    await footer.getByRole('link', { name: '特定商取引法に基づく表記' }).click();
    await page.getByRole('heading', { level: 1, name: '特定商取引法に基づく表記' }).waitFor();
    const table = page.getByRole('table');
    await table
      .getByRole('row', { name: /事業者の名称/ })
      .getByText(OPERATOR_NAME)
      .waitFor();
    await table
      .getByRole('row', { name: /適格請求書発行事業者登録番号/ })
      .getByText('T7000012050002')
      .waitFor();
    await table
      .getByRole('row', { name: /販売価格/ })
      .getByText(/受注者のシステム利用料\(プロジェクト\)/)
      .waitFor();
    // Real settings: no demo notice.
    expect(await page.getByText('開発用のデモ表示').count()).toBe(0);
    await shot(page, 'legal-pages', '01-tokushoho');
    await expectAccessible(page);

    await footer.getByRole('link', { name: 'プライバシーポリシー' }).click();
    await page.getByRole('heading', { level: 1, name: 'プライバシーポリシー' }).waitFor();
    await page.getByText(`${OPERATOR_NAME}(以下「当社」)`).waitFor();
    const kinds = page.getByTestId('privacy-kind');
    expect(await kinds.count()).toBeGreaterThanOrEqual(6);
    for (const kind of ['アカウント情報', 'プロフィールと掲載内容', '取引とお金の記録', '振込先口座'])
      await page.getByRole('heading', { level: 3, name: kind }).waitFor();
    await page.getByText(/7年間/).first().waitFor();
    await page.getByRole('heading', { level: 2, name: '4. 退会したとき' }).waitFor();
    await shot(page, 'legal-pages', '02-privacy');
    await expectAccessible(page);

    // The terms name the operator and link the privacy policy they cite.
    await footer.getByRole('link', { name: '利用規約' }).click();
    await page.getByText(`${OPERATOR_NAME}(以下「当社」)`).waitFor();
    await page
      .getByText(/代理受領/)
      .first()
      .waitFor();
    await page.getByRole('main').getByRole('link', { name: 'プライバシーポリシー' }).click();
    await page.getByRole('heading', { level: 1, name: 'プライバシーポリシー' }).waitFor();
    await context.close();
  });

  it('lets a worker enter a registration number that then shows on their profile', async () => {
    const context = await newContext(browser, server.url, 'phone');
    const page = await context.newPage();
    await logIn(page, 'hanako@demo.yorozu.localhost');
    await page.goto('/mypage/account');
    const section = page.getByRole('region', { name: '適格請求書発行事業者登録番号' });
    await section.getByText('インボイス未登録').waitFor();

    // Malformed: refused with the field's message.
    await section.getByLabel('登録番号').fill('T123');
    await section.getByRole('button', { name: '登録番号を保存' }).click();
    await section.getByText(/「T」と13桁の数字で入力してください/).waitFor();

    // A sole proprietor's number: kept, with a warning about the check digit.
    await section.getByLabel('登録番号').fill('Ｔ１２３４-５６７８-９０１２３');
    await section.getByRole('button', { name: '登録番号を保存' }).click();
    await section.getByText('登録番号を保存しました。').waitFor();
    await section.getByText(/法人番号の検査用数字と一致しません/).waitFor();
    await section.getByText('適格請求書発行事業者(登録番号 T1234567890123)').waitFor();
    await shot(page, 'legal-pages', '03-settings-phone');
    await expectAccessible(page);

    await page.goto('/u/sato_hanako');
    await page.getByRole('heading', { level: 1, name: '佐藤 花子' }).waitFor();
    await page.getByText('適格請求書発行事業者(登録番号 T1234567890123)').waitFor();
    await shot(page, 'legal-pages', '04-profile-phone');
    await expectAccessible(page);
    await context.close();
  });
});
