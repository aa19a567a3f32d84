// Problems of job postings: editing, state changes, and the escrow of task and competition postings.
import type { ProblemDef } from './types';

export const JOB_PROBLEMS = {
  'job-not-editable': {
    status: 409,
    ja: {
      title: 'この仕事は変更できません',
      detail: '募集終了・中止した仕事は編集できません。募集を再開するか、新しく仕事を登録してください。',
    },
    en: {
      title: 'This job cannot be edited',
      detail: 'Closed or cancelled jobs cannot be edited. Reopen it or post a new job.',
    },
  },
  'job-transition-invalid': {
    status: 409,
    ja: {
      title: 'この操作は現在の状態ではできません',
      detail: 'この仕事の状態が変わったため、操作できませんでした。ページを再読み込みして状態を確認してください。',
    },
    en: {
      title: 'Not possible in the current state',
      detail: 'The job has changed state, so this action is not possible. Reload to see its state.',
    },
  },
  'job-escrow-required': {
    status: 409,
    ja: {
      title: 'タスク・コンペは仮払いしてから公開されます',
      detail:
        'タスク形式・コンペ形式の仕事は、報酬の仮払いが完了すると公開されます。下書きを保存し、仕事のページで「仮払いして公開する」から支払ってください。',
    },
    en: {
      title: 'Task and competition jobs are published once paid into escrow',
      detail:
        'Save the job as a draft and pay its budget into escrow from the job page; it is published when the payment is complete.',
    },
  },
  'job-not-fundable': {
    status: 409,
    ja: {
      title: 'この仕事は仮払いできません',
      detail:
        '公開前の仮払いが必要なのは、下書きのタスク形式・コンペ形式の仕事だけです。プロジェクト形式は契約のあとにマイルストーンごとに仮払いします。',
    },
    en: {
      title: 'This job cannot be paid into escrow',
      detail:
        'Only draft task and competition jobs are paid before publishing. Project work is paid per milestone after the contract.',
    },
  },
  'job-money-locked': {
    status: 409,
    ja: {
      title: '仮払い後は報酬の条件を変えられません',
      detail:
        '仮払い済み(または振込待ち)の仕事は、形式・単価・件数・賞金・採用なしの扱いを変更できません。変えるときは、振込待ちの仮払いを取り消すか、募集を中止して新しく作成してください。',
    },
    en: {
      title: 'The pay of this job is fixed',
      detail:
        'Once paid (or a transfer is waiting), the kind, unit price, slots, prize and no-winner rule cannot change. Cancel the waiting transfer, or cancel the job and post a new one.',
    },
  },
  'job-has-submissions': {
    status: 409,
    ja: {
      title: '提出のあるタスクは中止できません',
      detail:
        '作業の提出があるタスクは中止できません。「募集を終了する」を使うと、使われなかった枠の仮払い金が返金され、提出済みの作業は判定を続けられます。',
    },
    en: {
      title: 'A task with submissions cannot be cancelled',
      detail: 'Close the task instead: the unused slots are refunded and the submissions can still be judged.',
    },
  },
  'job-has-entries': {
    status: 409,
    ja: {
      title: '応募作品のあるコンペは中止できません',
      detail:
        '作品の応募があるコンペは中止できません。募集を終了して採用作品を選んでください(採用なしでの終了を認めている場合は、採用なしで終了することもできます)。',
    },
    en: {
      title: 'A competition with entries cannot be cancelled',
      detail: 'Close it and choose a winner (or close without a winner if the competition allows it).',
    },
  },
  'job-reopen-settled': {
    status: 409,
    ja: {
      title: '精算済みのため再開できません',
      detail:
        'タスクは募集終了のときに未使用枠を返金済みのため、また結果の出たコンペは、募集を再開できません。新しく仕事を作成してください。',
    },
    en: {
      title: 'This job has been settled and cannot reopen',
      detail: 'A closed task has refunded its unused slots, and a finished competition cannot start again. Post a new job.',
    },
  },
} satisfies Record<string, ProblemDef>;
