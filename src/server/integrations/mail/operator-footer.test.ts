import { describe, expect, it } from 'vitest';
import { type Mailer, type OutgoingMail, withOperatorFooter } from './mailer';

describe('withOperatorFooter', () => {
  it('signs every mail with the configured operator and its contact', async () => {
    const sent: OutgoingMail[] = [];
    const inner: Mailer = { kind: 'dev-mailbox', send: async (m) => void sent.push(m), close: async () => {} };
    const mailer = withOperatorFooter(inner, { legalName: '株式会社テスト運営', email: 'support@example.jp' });
    await mailer.send({ outboxId: 1, to: 'a@example.jp', subject: '件名', text: '本文\n\n' });
    expect(sent[0]?.text).toBe('本文\n\n運営: 株式会社テスト運営\nお問い合わせ: support@example.jp\n');
    expect(mailer.kind).toBe('dev-mailbox');
  });

  it("names the operator's address when the settings give one", async () => {
    const sent: OutgoingMail[] = [];
    const inner: Mailer = { kind: 'dev-mailbox', send: async (m) => void sent.push(m), close: async () => {} };
    const operator = {
      legalName: '株式会社テスト運営',
      email: 'support@example.jp',
      postalCode: '150-0002',
      address: '東京都渋谷区渋谷2-1-1',
    };
    await withOperatorFooter(inner, operator).send({ outboxId: 1, to: 'a@example.jp', subject: '件名', text: '本文' });
    expect(sent[0]?.text).toBe(
      '本文\n運営: 株式会社テスト運営\n所在地: 〒150-0002 東京都渋谷区渋谷2-1-1\nお問い合わせ: support@example.jp\n',
    );
  });
});
