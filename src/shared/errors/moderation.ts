// Reports (通報), moderation and account restrictions (利用制限) with their appeal.
import type { ProblemDef } from './types';

export const MODERATION_PROBLEMS = {
  'account-restricted': {
    status: 403,
    ja: {
      title: 'このアカウントは利用を制限されています',
      detail:
        '利用規約に基づく制限のため、この操作はできません。制限の内容・理由・期限はマイページの「利用制限」で確認でき、制限から14日以内であれば異議を申し立てられます。進行中の取引の納品・検収・終了・トラブル相談、報酬の出金、退会はこれまでどおりできます。',
    },
    en: {
      title: 'This account is restricted',
      detail:
        'A restriction under the terms stops this action. See "Restrictions" on My page for what, why and until when; you may appeal within 14 days. Delivering, accepting, ending or disputing live contracts, requesting your payout and withdrawing remain possible.',
    },
  },
  'report-self': {
    status: 409,
    ja: { title: 'ご自身を通報することはできません', detail: 'ご自身のアカウントや、ご自身が書いた内容は通報できません。' },
    en: { title: 'You cannot report yourself', detail: 'Your own account and content cannot be reported.' },
  },
  'report-already-open': {
    status: 409,
    ja: {
      title: 'この内容はすでに通報済みです',
      detail: 'あなたの通報を運営が確認しています。結果はマイページの「通報の履歴」でお知らせします。',
    },
    en: {
      title: 'You have already reported this',
      detail: 'Staff are looking into your report. The outcome will appear under "My reports" on My page.',
    },
  },
  'report-decided': {
    status: 409,
    ja: { title: 'この通報は対応済みです', detail: 'ほかのスタッフがすでに対応しました。最新の内容を読み込み直してください。' },
    en: {
      title: 'This report has been handled',
      detail: 'Another staff member has already handled it. Reload to see the outcome.',
    },
  },
  'report-not-removable': {
    status: 409,
    ja: {
      title: 'この通報の対象は削除できません',
      detail: '会員そのものへの通報には「削除」は使えません。警告または利用制限を選んでください。',
    },
    en: {
      title: 'This target cannot be removed',
      detail: 'A report about a member has no content to remove. Warn or restrict instead.',
    },
  },
  'content-removed-by-staff': {
    status: 409,
    ja: {
      title: '運営が削除した内容は再公開できません',
      detail:
        'この内容は、通報を受けて運営が利用規約に基づき公開を停止しました。理由(該当する規約と運営からのメモ)はお知らせに届いています。内容を直しても、同じものを再公開・再開することはできません。判断に異議がある場合は、お問い合わせ窓口からご連絡ください。',
    },
    en: {
      title: 'Content removed by staff cannot be published again',
      detail:
        'Staff took this down under the terms after a report. Why (the article and the note) is in your notifications. It cannot be published or reopened again, even after editing. If you disagree with the decision, please contact support.',
    },
  },
  'restriction-not-active': {
    status: 409,
    ja: {
      title: 'この利用制限はすでに終了しています',
      detail: '期限が来たか、すでに解除された利用制限です。最新の内容を読み込み直してください。',
    },
    en: { title: 'This restriction has already ended', detail: 'It reached its end or was lifted. Reload to see its state.' },
  },
  'appeal-already-made': {
    status: 409,
    ja: {
      title: 'この利用制限には異議申し立て済みです',
      detail: '異議申し立ては1つの制限につき1回です。運営の判断はマイページとメールでお知らせします。',
    },
    en: {
      title: 'You have already appealed',
      detail: 'One appeal per restriction. You will be told the decision on My page and by mail.',
    },
  },
  'appeal-window-closed': {
    status: 409,
    ja: {
      title: '異議申し立ての期限を過ぎています',
      detail: '異議申し立ては制限が始まってから14日以内にお願いしています。事情がある場合はお問い合わせ窓口からご連絡ください。',
    },
    en: {
      title: 'The appeal period has passed',
      detail: 'Appeals are accepted within 14 days of the restriction. Contact support if something prevented you.',
    },
  },
  'appeal-not-pending': {
    status: 409,
    ja: { title: '判断を待つ異議申し立てはありません', detail: 'この制限には異議申し立てがないか、すでに判断済みです。' },
    en: { title: 'No appeal awaits a decision', detail: 'There is no appeal on this restriction, or it was already decided.' },
  },
  'appeal-own-restriction': {
    status: 403,
    ja: {
      title: 'ご自身の利用制限は判断できません',
      detail: 'ご自身が受けた利用制限への異議申し立ては、ほかのスタッフが判断します。',
    },
    en: {
      title: 'You cannot decide your own appeal',
      detail: 'Another staff member decides appeals against your own restriction.',
    },
  },
  'appeal-restricted-by-you': {
    status: 403,
    ja: {
      title: '制限したスタッフは判断できません',
      detail: '公正のため、異議申し立ては制限したスタッフとは別のスタッフが判断します。ほかのスタッフに依頼してください。',
    },
    en: {
      title: 'The staff member who restricted cannot decide',
      detail: 'For fairness, a different staff member decides the appeal. Ask a colleague.',
    },
  },
} satisfies Record<string, ProblemDef>;
