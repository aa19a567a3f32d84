// Problems of skill services (出品): editing, publishing and the other status changes.
import type { ProblemDef } from './types';

export const SERVICE_PROBLEMS = {
  'service-edited-elsewhere': {
    status: 409,
    ja: {
      title: 'このサービスは別の画面で更新されています',
      detail:
        '編集を始めたあとに、このサービスが別のタブや端末で保存されました。ページを再読み込みして最新の内容を確認してから、もう一度編集してください。',
    },
    en: {
      title: 'This service was changed elsewhere',
      detail:
        'The service was saved in another tab or device after you started editing. Reload to see the latest version, then edit again.',
    },
  },
  'service-transition-invalid': {
    status: 409,
    ja: {
      title: 'この操作は現在の状態ではできません',
      detail: 'サービスの状態が変わったため、操作できませんでした。ページを再読み込みして状態を確認してください。',
    },
    en: {
      title: 'Not possible in the current state',
      detail: 'The service has changed state, so this action is not possible. Reload to see its state.',
    },
  },
  'service-not-publishable': {
    status: 422,
    ja: {
      title: 'まだ公開できません',
      detail:
        '公開するには、タイトル(5文字以上)、カテゴリ、サービス内容(50文字以上)と、内容を書いたパッケージ1〜3つが必要です。印の付いた項目を入力して保存してから、もう一度公開してください。',
    },
    en: {
      title: 'Not ready to publish yet',
      detail:
        'A service needs a title (5 characters or more), a category, a description of 50 characters or more and one to three packages saying what they include. Complete the marked fields, save, and publish again.',
    },
  },
} satisfies Record<string, ProblemDef>;
