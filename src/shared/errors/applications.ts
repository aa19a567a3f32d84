// Problems of applying to a job and hiring.
import type { ProblemDef } from './types';

export const APPLICATION_PROBLEMS = {
  'job-not-open': {
    status: 409,
    ja: {
      title: 'この仕事は募集していません',
      detail: 'この仕事の募集は終了したか、まだ始まっていません。ほかの仕事を探してください。',
    },
    en: {
      title: 'This job is not open',
      detail: 'Applications for this job are closed or have not started. Look for other jobs.',
    },
  },
  'job-deadline-passed': {
    status: 409,
    ja: {
      title: '募集期限を過ぎています',
      detail: 'この仕事の募集期限が過ぎたため、応募できません。',
    },
    en: {
      title: 'The deadline has passed',
      detail: 'The application deadline of this job has passed.',
    },
  },
  'job-kind-not-applicable': {
    status: 409,
    ja: {
      title: 'この形式の仕事には応募できません',
      detail: 'タスク形式・コンペ形式の仕事は、応募ではなく作業の提出・作品の応募で参加します。',
    },
    en: {
      title: 'This kind of job takes no applications',
      detail: 'Task and competition jobs take submissions or entries, not applications.',
    },
  },
  'client-unavailable': {
    status: 409,
    ja: {
      title: 'この募集者とは現在お取引できません',
      detail:
        '募集者が現在サービスを利用できない状態のため、この仕事には応募・提出できません。ほかの仕事をお探しください。進行中の契約は、その契約のページから続けられます。',
    },
    en: {
      title: 'This client is unavailable at the moment',
      detail:
        'The client cannot use the service at the moment, so this job takes no proposals, submissions or entries. Please look for other jobs. Contracts in progress continue on their own pages.',
    },
  },
  'own-job': {
    status: 409,
    ja: {
      title: '自分の仕事には応募できません',
      detail: 'ご自身が依頼した仕事には応募できません。',
    },
    en: {
      title: 'You cannot apply to your own job',
      detail: 'You posted this job yourself.',
    },
  },
  'already-applied': {
    status: 409,
    ja: {
      title: 'この仕事にはすでに応募しています',
      detail: '同じ仕事に応募できるのは1回です。応募内容は「応募した仕事」から確認できます。',
    },
    en: {
      title: 'You already applied',
      detail: 'You can apply to a job once. See it under "My applications".',
    },
  },
  'application-transition-invalid': {
    status: 409,
    ja: {
      title: 'この応募は現在の状態では操作できません',
      detail: '応募の状態が変わったため、操作できませんでした。ページを再読み込みして確認してください。',
    },
    en: {
      title: 'Not possible in the current state',
      detail: 'The application has changed state. Reload to see it.',
    },
  },
  'hires-full': {
    status: 409,
    ja: {
      title: '採用予定人数に達しています',
      detail: 'この仕事の採用予定人数まで採用済みです。さらに採用するには、仕事の採用予定人数を増やしてください。',
    },
    en: {
      title: 'All positions are filled',
      detail: 'You have hired as many people as the job asks for. Raise the number of hires to hire more.',
    },
  },
} satisfies Record<string, ProblemDef>;
