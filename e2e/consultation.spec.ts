// Journey: a worker opens a contract on a phone and reads its written terms (取引条件明示書)
// with every field the Freelance Act asks for; from the contract page they open 相談窓口
// and send a consultation about harassment. Staff find it in the queue under /staff and
// answer it; the worker is told and reads the answer on My page. The client of the same
// contract sees nothing of it: no notice, nothing on the contract, nothing in their list.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newContext, shot } from './support/browser';
import { logIn } from './support/journeys';
import { type RunningServer, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const J = 'consultation';
const DESCRIPTION = '納品のやり取りの中で、発注者から人格を否定するような言葉を何度も送られています。';
const ANSWER = 'ご相談ありがとうございます。発注者に事実を確認し、利用規約に基づいて注意を行いました。';

/** The worker's live contract with the demo client (delivered, waiting for acceptance). */
async function liveContract(page: Page): Promise<{ id: string; title: string }> {
  const res = await page.request.get('/api/v1/me/contracts?role=worker&status=active');
  const items = (await res.json()).items as { id: string; title: string; other: { username: string } }[];
  const contract = items.find((c) => c.other.username === 'tanaka_shoji');
  if (!contract) throw new Error('no live demo contract between the worker and the client');
  return contract;
}

describe('consultation journey', () => {
  it('terms with every field → 相談窓口 → staff answer → the worker reads it; the client sees nothing', async () => {
    const workerContext = await newContext(browser, server.url, 'phone');
    const worker = await workerContext.newPage();
    await logIn(worker, 'ken@demo.yorozu.localhost');
    const contract = await liveContract(worker);
    await worker.goto(`/contracts/${contract.id}`);
    await worker.getByRole('heading', { level: 1, name: contract.title }).waitFor();

    // The written terms: every field of the Act, printable.
    await worker.getByRole('link', { name: '契約条件（取引条件明示書）' }).click();
    await worker.getByRole('heading', { level: 1, name: '取引条件明示書' }).waitFor();
    const doc = worker.locator('article.doc');
    for (const label of [
      '業務委託をした日',
      '件名',
      '給付を受領する期日(最終納期)',
      '給付を受領する場所',
      '検査を完了する期日',
      '支払期日(最終)',
      '支払期日の定め',
      '支払方法',
      '合計(税込)',
    ]) {
      await doc.getByText(label, { exact: true }).first().waitFor();
    }
    await doc.getByText('本サービス上の納品機能', { exact: false }).first().waitFor();
    await doc.getByText('代理受領', { exact: false }).first().waitFor();
    // The delivery was received: its day, and the dates counted from it.
    await doc.getByText('受領日', { exact: false }).first().waitFor();
    await worker.getByRole('button', { name: '印刷する' }).waitFor();
    await expectAccessible(worker);
    await shot(worker, J, '01-terms');

    // 相談窓口 from the contract page.
    await worker.goto(`/contracts/${contract.id}`);
    await worker.getByRole('link', { name: '相談窓口' }).first().click();
    await worker.getByRole('heading', { level: 1, name: '相談窓口' }).waitFor();
    await worker.getByText('取引の相手方に通知したり').waitFor();
    await worker.getByRole('link', { name: contract.title }).waitFor();
    await worker.getByLabel('ハラスメント').check();
    await worker.getByLabel('ご相談の内容').fill(DESCRIPTION);
    await expectAccessible(worker);
    await shot(worker, J, '02-form');
    await worker.getByRole('button', { name: '相談を送信する' }).click();
    await worker.getByText('ご相談を受け付けました。').waitFor();
    await shot(worker, J, '03-sent');

    // Staff find it in the queue and answer it.
    const staffContext = await newContext(browser, server.url, 'desktop');
    const staff = await staffContext.newPage();
    await logIn(staff, 'staff@demo.yorozu.localhost');
    await staff.goto('/staff');
    await staff.getByRole('link', { name: /相談窓口/ }).click();
    await staff.getByRole('heading', { level: 1, name: '相談窓口' }).waitFor();
    const queued = staff.getByRole('listitem').filter({ hasText: DESCRIPTION.slice(0, 30) });
    await queued.waitFor();
    await expectAccessible(staff);
    await shot(staff, J, '04-staff-queue');
    await queued.getByRole('link', { name: 'ハラスメント' }).click();
    await staff.getByRole('heading', { level: 1, name: 'ご相談' }).waitFor();
    await staff.getByText(DESCRIPTION).waitFor();
    await staff.getByLabel('完了').check();
    await staff.getByLabel('相談者への回答').fill(ANSWER);
    await expectAccessible(staff);
    await shot(staff, J, '05-staff-answer');
    await staff.getByRole('button', { name: '保存する' }).click();
    await staff.getByText('保存しました。').waitFor();
    await staff.getByText('このご相談は完了しています。').waitFor();
    await shot(staff, J, '06-staff-closed');

    // The worker is told and reads the answer.
    await worker.goto('/notifications');
    await worker.getByText('相談窓口から回答がありました').first().waitFor();
    await worker.goto('/mypage/consultations');
    await worker.getByRole('heading', { level: 1, name: '相談窓口' }).waitFor();
    await worker.getByText(ANSWER).waitFor();
    await worker.getByText('完了', { exact: true }).first().waitFor();
    await expectAccessible(worker);
    await shot(worker, J, '07-worker-answer');

    // The client of the same contract sees nothing of it.
    const clientContext = await newContext(browser, server.url, 'phone');
    const client = await clientContext.newPage();
    await logIn(client, 'tanaka@demo.yorozu.localhost');
    await client.goto(`/contracts/${contract.id}`);
    await client.getByRole('heading', { level: 1, name: contract.title }).waitFor();
    expect(await client.content()).not.toContain(DESCRIPTION.slice(0, 20));
    await client.goto('/notifications');
    await client.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await client.getByText('相談窓口から回答がありました').count()).toBe(0);
    await client.goto('/mypage/consultations');
    await client.getByText('ご相談はまだありません。').waitFor();
    const theirs = await client.request.get('/api/v1/me/consultations');
    expect((await theirs.json()).items).toEqual([]);
    await shot(client, J, '08-client-nothing');

    for (const context of [workerContext, staffContext, clientContext]) await context.close();
  });
});
