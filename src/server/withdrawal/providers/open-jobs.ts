// As a client: postings still open. Each can be closed in place. A project's ends at its
// deadline; a task's or competition's only after what its close starts: the judging
// period of the submissions, or the selection of the winner, with the money in escrow.
import { addDaysTo, dayText } from '../../../domain/withdrawal/dates';
import type { ItemResolve, OpenItem } from '../../../domain/withdrawal/eligibility';
import type { BlockerProvider, WorkPeriods } from '../registry';

interface OpenJob {
  id: string;
  deadline: Date;
  pending_submissions: unknown;
  entries: unknown;
}

export const openJobsProvider: BlockerProvider = {
  key: 'openJobs',
  async load(db, userId, now, periods) {
    const rows = await db
      .selectFrom('jobs as j')
      .select((eb) => [
        'j.id',
        'j.title',
        'j.kind',
        'j.deadline',
        eb
          .selectFrom('task_submissions as s')
          .select((x) => x.fn.countAll<number>().as('n'))
          .whereRef('s.job_id', '=', 'j.id')
          .where('s.status', '=', 'pending')
          .as('pending_submissions'),
        eb
          .selectFrom('competition_entries as c')
          .select((x) => x.fn.countAll<number>().as('n'))
          .whereRef('c.job_id', '=', 'j.id')
          .where('c.status', '=', 'submitted')
          .as('entries'),
      ])
      .where('j.client_id', '=', userId)
      .where('j.status', '=', 'open')
      .orderBy('j.deadline')
      .execute();
    return rows.map((j): OpenItem => {
      const resolve: ItemResolve = {
        method: 'POST',
        href: `/api/v1/jobs/${j.id}/close`,
        label: { ja: '募集を終了する', en: 'Close this job' },
        confirm: {
          ja: '募集を終了すると、新しい応募・提出は受け付けなくなります。タスク・コンペでは、判定や選定が終わるまで、仮払い金は支払われずに残ります。',
          en: 'Once closed, the job takes no new applications or submissions. For a task or competition, the escrow is held until judging or selection is over.',
        },
        done: { ja: '募集を終了しました。', en: 'The job has been closed.' },
        startsWait: null,
      };
      const item: OpenItem = { id: j.id, title: j.title, link: `/jobs/${j.id}`, clearsAt: j.deadline, resolve };
      if (j.kind === 'task') taskWaits(item, resolve, j, now, periods);
      if (j.kind === 'competition') competitionWaits(item, resolve, j, now, periods);
      return item;
    });
  },
};

/**
 * A task: workers may submit until the deadline; whatever is pending then is judged within
 * the judging period, or approved by itself at its end.
 */
function taskWaits(item: OpenItem, resolve: ItemResolve, j: OpenJob, now: Date, periods: WorkPeriods): void {
  const pending = Number(j.pending_submissions);
  const end = addDaysTo(j.deadline, periods.taskAutoApproveDays);
  const d = periods.taskAutoApproveDays;
  item.clearsAt = end;
  item.followedBy = [
    {
      code: 'work-escrow-held',
      itemId: j.id,
      note: {
        ja: `${dayText(j.deadline).ja}に募集が終わった後も、判定待ちの提出があれば、判定期間(${d}日間)は仮払い金が残ります。判定しなければ${dayText(end).ja}までに自動で承認されます。`,
        en: `After the job closes on ${dayText(j.deadline).en}, the escrow stays while submissions wait to be judged (${d} days); any not judged are approved by themselves by ${dayText(end).en}.`,
      },
    },
  ];
  if (pending > 0) {
    const judgeBy = addDaysTo(now, d);
    resolve.startsWait = {
      ja: `終了すると、判定待ちの提出${pending}件の判定期間(${d}日間、${dayText(judgeBy).ja}まで)が始まり、その間は仮払い金が残ります。`,
      en: `Closing starts the judging period of the ${pending} pending submission(s) (${d} days, until ${dayText(judgeBy).en}); the escrow stays until then.`,
    };
  }
}

/**
 * A competition: entries may come until the deadline; with any, the winner is chosen
 * within the selection period, or the prize is shared at its end.
 */
function competitionWaits(item: OpenItem, resolve: ItemResolve, j: OpenJob, now: Date, periods: WorkPeriods): void {
  const d = periods.competitionSelectionDays;
  const end = addDaysTo(j.deadline, d);
  item.clearsAt = end;
  item.followedBy = [
    {
      code: 'work-escrow-held',
      itemId: j.id,
      note: {
        ja: `${dayText(j.deadline).ja}に募集が終わった後も、応募作品があれば、採用作品の選定期間(${d}日間)は仮払い金が残ります。選ばなければ${dayText(end).ja}に賞金が応募者で等分されます。`,
        en: `After entries close on ${dayText(j.deadline).en}, the prize stays in escrow while the winner is chosen (${d} days); if nobody is chosen it is shared by the entrants on ${dayText(end).en}.`,
      },
    },
  ];
  const entries = Number(j.entries);
  if (entries > 0) {
    const due = addDaysTo(now, d);
    resolve.startsWait = {
      ja: `終了すると、応募作品${entries}件から採用作品を選ぶ期間(${d}日間、${dayText(due).ja}まで)が始まり、その間は賞金の仮払い金が残ります。`,
      en: `Closing starts the selection among the ${entries} entr${entries === 1 ? 'y' : 'ies'} (${d} days, until ${dayText(due).en}); the prize stays in escrow until then.`,
    };
  }
}
