// Problems of competition entries and choosing a winner.
import type { ProblemDef } from './types';

export const COMPETITION_PROBLEMS = {
  'entries-limit': {
    status: 409,
    ja: {
      title: '応募できる作品数の上限に達しています',
      detail: 'ひとつのコンペに応募できる作品は5点までです。不要な作品を取り下げてから応募してください。',
    },
    en: {
      title: 'Entry limit reached',
      detail: 'You can enter at most 5 works per competition. Withdraw one first.',
    },
  },
  'competition-transition-invalid': {
    status: 409,
    ja: {
      title: 'いまは採用作品を選べません',
      detail: '採用作品は、応募の締め切り後から選定期限までに選べます。結果が決まったコンペは変更できません。',
    },
    en: {
      title: 'A winner cannot be chosen now',
      detail: 'The winner is chosen after entries close and before the selection deadline; a decided competition cannot change.',
    },
  },
  'competition-no-winner-not-allowed': {
    status: 409,
    ja: {
      title: '採用なしでの終了は認められていません',
      detail:
        'このコンペは「採用作品がない場合の返金」を認めずに公開されました。採用作品を選んでください。選定期限までに選ばれないときは、賞金が応募者全員で等分されます。',
    },
    en: {
      title: 'This competition must have a winner',
      detail:
        'It was published without the no-winner refund. Choose a winner; if none is chosen by the deadline, the prize is shared by the entrants.',
    },
  },
  'entry-not-eligible': {
    status: 409,
    ja: {
      title: 'この作品は採用できません',
      detail: '取り下げられた作品や、退会した(退会手続き中の)応募者の作品は採用できません。ほかの作品を選んでください。',
    },
    en: {
      title: 'This entry cannot win',
      detail: 'Withdrawn entries and entries of members who left (or are leaving) cannot be chosen.',
    },
  },
  'entry-transition-invalid': {
    status: 409,
    ja: {
      title: 'この作品は取り下げられません',
      detail: 'この作品はすでに取り下げられているか、コンペの結果が決まっています。',
    },
    en: {
      title: 'This entry cannot be withdrawn',
      detail: 'The entry was already withdrawn or the competition has been decided.',
    },
  },
} satisfies Record<string, ProblemDef>;
