// The consultation desk (相談窓口): a member's consultation and staff's answer.
import type { ProblemDef } from './types';

export const CONSULTATION_PROBLEMS = {
  'consultation-contract-unknown': {
    status: 422,
    ja: {
      title: '指定された契約が見つかりません',
      detail:
        '相談の対象には、ご自身が当事者の契約・注文だけを指定できます。契約ページの「相談窓口」から開き直すか、対象を指定せずに送ってください。',
    },
    en: {
      title: 'That contract was not found',
      detail:
        'A consultation can name only a contract or order you are a party to. Open the form again from the contract page, or send it without naming one.',
    },
  },
  'consultation-closed': {
    status: 409,
    ja: {
      title: 'この相談は完了しています',
      detail: '完了した相談は変更できません。相談者には新しい相談として送っていただくようご案内ください。',
    },
    en: {
      title: 'This consultation is closed',
      detail: 'A closed consultation cannot change. Ask the member to send a new one.',
    },
  },
  'consultation-answer-required': {
    status: 422,
    ja: {
      title: '回答を入力してください',
      detail: '相談を完了にするときは、相談者に伝える回答(対応の内容)を入力してください。',
    },
    en: {
      title: 'Write an answer',
      detail: 'To close a consultation, write the answer the member will read (what was done).',
    },
  },
  'consultation-unchanged': {
    status: 422,
    ja: {
      title: '変更がありません',
      detail: '状態を変えるか、相談者に伝える回答を入力してから保存してください。',
    },
    en: {
      title: 'Nothing changed',
      detail: 'Change the status or write an answer for the member before saving.',
    },
  },
  'consultation-changed': {
    status: 409,
    ja: {
      title: 'ほかのスタッフが先に更新しました',
      detail:
        'この相談は表示した後に更新されています。ページを再読み込みして最新の状態と回答を確認してから、もう一度保存してください。',
    },
    en: {
      title: 'Another staff member updated it first',
      detail:
        'This consultation changed after you opened it. Reload the page, read the latest state and answer, then save again.',
    },
  },
} as const satisfies Record<string, ProblemDef>;
