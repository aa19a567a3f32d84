// Demo task and competition work: the recipe survey task has an approved submission (so
// the worker sees the reward) and one waiting for the client's judgement; the logo
// competition has entries from two workers.
import type { Deps } from '../deps';
import { submitEntry } from '../use-cases/competitions/submit-entry';
import { approveSubmission } from '../use-cases/tasks/approve-submission';
import { submitTask } from '../use-cases/tasks/submit-task';

export async function seedDemoTaskWork(deps: Deps, userIds: Record<string, string>): Promise<void> {
  const { sato_hanako: hanako, suzuki_ichiro: ichiro, takahashi_mei: mei, yamamoto_ken: ken } = userIds;
  if (!hanako || !ichiro || !mei || !ken) return;
  const open = await deps.db
    .selectFrom('jobs')
    .select(['id', 'kind', 'title'])
    .where('status', '=', 'open')
    .where('kind', 'in', ['task', 'competition'])
    .execute();
  const survey = open.find((j) => j.kind === 'task' && j.title.startsWith('料理レシピの感想'));
  const logo = open.find((j) => j.kind === 'competition');
  if (survey) {
    const approved = await submitTask(deps, {
      workerId: hanako,
      jobId: survey.id,
      body: '鶏むね肉の梅しそ巻きのレシピを読みました。下味を冷凍しておけば平日でも15分で作れそうで、ぜひ作ってみたいと思いました。梅の酸味でさっぱり食べられるので、夏のお弁当にも合いそうです。',
      attachmentIds: [],
    });
    await approveSubmission(deps, { clientId: ken, submissionId: approved });
    await submitTask(deps, {
      workerId: ichiro,
      jobId: survey.id,
      body: '電子レンジで作る茶碗蒸しのレシピが気になりました。蒸し器がなくても作れるのはありがたいです。加熱時間の目安がワット数ごとに書いてあると、失敗しにくいと思います。',
      attachmentIds: [],
    });
  }
  if (logo) {
    await submitEntry(deps, {
      workerId: mei,
      jobId: logo.id,
      title: '案A 筆文字の「まかない堂」',
      description: '厨房の活気を筆文字で表現しました。単色でも潰れない太さにしています。',
      attachmentIds: [],
    });
    await submitEntry(deps, {
      workerId: ichiro,
      jobId: logo.id,
      title: '案B 湯気と器のシンボル',
      description: '器から立つ湯気を「ま」の字に見立てたシンボルマークです。',
      attachmentIds: [],
    });
  }
}
