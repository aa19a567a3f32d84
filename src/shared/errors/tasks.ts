// Problems of task submissions and their judging.
import type { ProblemDef } from './types';

export const TASK_PROBLEMS = {
  'task-slots-full': {
    status: 409,
    ja: {
      title: 'タスクの枠が埋まっています',
      detail: 'すべての枠に提出があります。非承認や取り下げで枠が空くと、また提出できます。',
    },
    en: {
      title: 'Every slot is taken',
      detail: 'All slots have a submission. When one is rejected or withdrawn, a slot opens again.',
    },
  },
  'task-worker-limit': {
    status: 409,
    ja: {
      title: '1人あたりの提出上限に達しています',
      detail:
        'このタスクに1人が提出できる件数(非承認になった提出も含みます)の上限まで提出済みです。判定前の提出を取り下げると、また提出できます。',
    },
    en: {
      title: 'You have made as many submissions as one worker may',
      detail:
        'This task limits how many submissions one worker may make (rejected ones included), and you have reached it. Withdrawing a submission not yet judged frees one.',
    },
  },
  'task-reject-limit': {
    status: 409,
    ja: {
      title: '非承認にできる上限に達しています',
      detail:
        '非承認にできるのは、受け取った提出の一定の割合(初期設定では30%)までです。提出が増えると、また非承認にできます。明らかな不正や無関係な提出は、運営事務局にご報告ください。',
    },
    en: {
      title: 'Rejection limit reached',
      detail:
        'You may reject only a share of the submissions you received (30% by default). More submissions allow more rejections; report abusive ones to support.',
    },
  },
  'submission-transition-invalid': {
    status: 409,
    ja: {
      title: 'この提出は現在の状態では操作できません',
      detail: '提出はすでに承認・非承認・取り下げのいずれかになっています。ページを再読み込みして確認してください。',
    },
    en: {
      title: 'Not possible in the submission’s current state',
      detail: 'The submission was already approved, rejected or withdrawn. Reload to see it.',
    },
  },
} satisfies Record<string, ProblemDef>;
