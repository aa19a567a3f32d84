// What the rules let through after batch 9: reports and refusals that quote an invitation,
// reference links presented as such, and logins of a test environment. Contact details written
// out in such a message are still caught.
import { describe, expect, it } from 'vitest';
import { screen } from './screen';

const caught = (text: string) => screen(text, { ownHost: 'yorozu.example' }).map((f) => f.ruleId);

describe('rules after batch 9', () => {
  it.each([
    'LINEで連絡したいと言われたのですが、運営に通報すべきでしょうか',
    '相手から直接取引を持ちかけられたので、運営に報告しました',
    'サイト外での連絡を求められたため、今回は辞退いたします',
    'コラム案：フリーランスの直接取引のリスクと防ぎ方',
    '初めてココナラで出品します、よろしくお願いします',
    '検証環境のIDは demo_user02、パスワードは別途お送りします',
    'この記事の構成が近いです https://note.com/someone/n/n0123abcd',
    'イメージは、この会社の採用ページの雰囲気です https://www.hoshino-kensetsu.co.jp/recruit/',
    'Cloudflare Pagesにデプロイしました。URLは https://lp-draft-2026.pages.dev です',
  ])('passes: %s', (text) => {
    expect(caught(text)).toEqual([]);
  });

  it.each([
    ['email.address', '通報されても平気です、メールは taro.k@gmail.com です'],
    ['link.personal', 'プロフィールはこちら https://note.com/someone'],
    ['invitation.marketplace', 'ココナラでも出品しているので、そちらで購入してください'],
  ])('still caught (%s): %s', (ruleId, text) => {
    expect(caught(text)).toContain(ruleId);
  });
});
