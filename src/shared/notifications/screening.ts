// Notices about a write the author sent for staff review after screening caught contact
// details in it: approved (it was made as written), rejected (with the staff note), or
// approved but no longer possible (the job closed, the thread ended…).
import { notice } from './types';

/** `what`: what was held, in Japanese and English (メッセージ / a message). */
type Held = { whatJa: string; whatEn: string };

export const screeningNotices = {
  'screening.approved': notice<Held>({
    ja: (p) => ({
      title: `スタッフ確認中の${p.whatJa}が承認されました`,
      body: `確認を依頼された${p.whatJa}をスタッフが確認し、書かれたとおりに送信・保存しました。`,
    }),
    en: (p) => ({
      title: `Your held ${p.whatEn} was approved`,
      body: `Staff reviewed the ${p.whatEn} you sent for review and sent or saved it as written.`,
    }),
  }),
  'screening.rejected': notice<Held & { note: string }>({
    ja: (p) => ({
      title: `スタッフ確認中の${p.whatJa}は送信されませんでした`,
      body: `利用規約 第7条(直接取引の禁止)に当たるため、確認を依頼された${p.whatJa}は送信・保存されませんでした。スタッフからのコメント: ${p.note}`,
    }),
    en: (p) => ({
      title: `Your held ${p.whatEn} was not sent`,
      body: `The ${p.whatEn} you sent for review falls under article 7 of the terms (no direct dealing) and was not sent or saved. Staff note: ${p.note}`,
    }),
  }),
  'screening.failed': notice<Held & { problemJa: string; problemEn: string }>({
    ja: (p) => ({
      title: `承認された${p.whatJa}を送信できませんでした`,
      body: `スタッフは確認を依頼された${p.whatJa}を承認しましたが、送信・保存できませんでした。理由: ${p.problemJa} 必要であれば、あらためて作成してください。`,
    }),
    en: (p) => ({
      title: `Your approved ${p.whatEn} could not be sent`,
      body: `Staff approved the ${p.whatEn} you sent for review, but it could no longer be sent or saved: ${p.problemEn} Write it again if you still need to.`,
    }),
  }),
  /** To both parties: staff allowed contact details in the contract's thread. */
  'contact.approved': notice<{ title: string; reasonKindJa: string; reasonKindEn: string }>({
    ja: (p) => ({
      title: `「${p.title}」でサービス外の連絡が認められました`,
      body: `サービス外連絡申請(${p.reasonKindJa})をスタッフが承認しました。この契約のメッセージでは連絡先を送れます。支払いは引き続き仮払いを通してください。`,
    }),
    en: (p) => ({
      title: `Contact outside allowed for "${p.title}"`,
      body: `Staff approved the request to exchange contact details (${p.reasonKindEn}). Contact details can now be sent in this contract’s messages. Payments still go through escrow.`,
    }),
  }),
  /** To the requester: staff did not allow it. */
  'contact.rejected': notice<{ title: string; note: string }>({
    ja: (p) => ({
      title: `「${p.title}」のサービス外連絡申請は承認されませんでした`,
      body: `スタッフからのコメント: ${p.note || '(なし)'} 引き続きメッセージ機能でやり取りしてください。`,
    }),
    en: (p) => ({
      title: `The contact request for "${p.title}" was not approved`,
      body: `Staff note: ${p.note || '(none)'} Please keep talking through the messages here.`,
    }),
  }),
};
