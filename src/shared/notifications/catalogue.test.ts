// Every kind has Japanese and English; the Japanese is, word for word, what the inline
// templates of the use cases wrote before the catalogue (copied here from them).
import { describe, expect, it } from 'vitest';
import { NOTIFICATIONS, type NotificationInput, type NotificationKind, renderNotification } from './index';
import type { NoticeText } from './types';

const job = { id: 'j1', title: 'Logo design' };
const contract = { id: 'c1', title: 'Website' };
const offer = { title: 'Translation' };
const entry = { title: 'Blue logo' };
const yen = (n: number) => `¥${n.toLocaleString('ja-JP')}`;
const due = new Date('2026-12-24T06:30:00Z');
const dueIso = due.toISOString();

type Case = { input: NotificationInput; ja: NoticeText };
const t = (input: NotificationInput, title: string, body: string): Case => ({ input, ja: { title, body } });

const cases: Case[] = [
  t(
    {
      kind: 'moderation.warned',
      params: { article: 'art7', note: 'LINEの交換を求めないでください。', excerpt: '' },
    },
    '運営からの注意(第7条(直接取引の禁止))',
    '利用規約第7条(直接取引の禁止)に関して、運営から注意があります。\nLINEの交換を求めないでください。\n繰り返された場合、利用制限となることがあります。',
  ),
  t(
    { kind: 'moderation.removed', params: { content: 'message', article: 'art8', note: '暴言', excerpt: '' } },
    'メッセージを運営が削除しました',
    '利用規約第8条(禁止事項)に反するため、あなたのメッセージを削除(非公開)にしました。\n理由: 暴言',
  ),
  t(
    {
      kind: 'restriction.imposed',
      params: {
        kind: 'messaging',
        article: 'art7',
        reason: '連絡先の交換',
        evidence: '通報1件',
        endsAt: null,
        appealUntil: dueIso,
      },
    },
    'アカウントにメッセージの制限がかかりました',
    `制限される操作: メッセージ、見積り相談、スカウトの送信\n根拠: 利用規約第7条(直接取引の禁止)\n理由: 連絡先の交換\n根拠となる事実: 通報1件\n期間: 運営による見直しまで\n進行中の取引の納品・検収・終了・トラブル相談、報酬の出金、退会はこれまでどおりできます。\n${due.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' })} までマイページの「利用制限」から異議を申し立てられます。`,
  ),
  t(
    { kind: 'restriction.lifted', params: { kind: 'posting', reason: '誤りでした' } },
    '投稿の制限が解除されました',
    '運営が投稿の制限を解除しました。\n理由: 誤りでした',
  ),
  t(
    { kind: 'restriction.ended', params: { kind: 'suspended' } },
    '利用停止の期間が終了しました',
    '利用停止の期間が終わり、制限されていた操作ができるようになりました。',
  ),
  t(
    { kind: 'restriction.appeal_upheld', params: { kind: 'messaging', note: '証拠が明確です' } },
    '異議申し立てへの判断をお知らせします',
    '制限したスタッフとは別のスタッフが確認し、メッセージの制限を維持することにしました。\n理由: 証拠が明確です',
  ),
  t(
    { kind: 'report.decided', params: { outcome: 'dismissed' } },
    '通報への対応が完了しました',
    'ご報告ありがとうございました。確認の結果、規約違反は認められませんでした。',
  ),
  t(
    { kind: 'consultation.answered', params: {} },
    '相談窓口から回答がありました',
    'ご相談への回答をマイページの「相談窓口」でご確認ください。相談の内容は相手方には知らされません。',
  ),
  t(
    { kind: 'restriction.counterparty_suspended', params: { title: contract.title } },
    `「${contract.title}」の相手方が利用停止中です`,
    '取引の相手方のアカウントが利用停止となりました。仮払い金は引き続き保全されます。納品・検収、契約の終了やトラブル相談はこれまでどおり行えます。ご不明な点はお問い合わせください。',
  ),
  t(
    { kind: 'application.received', params: { jobTitle: job.title } },
    `「${job.title}」に応募がありました`,
    '新しい応募があります。応募内容を確認して、選考を進めてください。',
  ),
  t(
    { kind: 'application.declined', params: { jobTitle: job.title, reason: 'Thanks' } },
    `「${job.title}」の選考結果`,
    '今回は見送りとなりました。\n発注者からのメッセージ: Thanks',
  ),
  t(
    { kind: 'application.declined', params: { jobTitle: job.title, reason: null } },
    `「${job.title}」の選考結果`,
    '今回は見送りとなりました。',
  ),
  t(
    { kind: 'application.declined', params: { jobTitle: job.title, reason: null, closed: 'cancelled' } },
    `「${job.title}」の応募が終了しました`,
    '募集が中止されたため、応募は終了しました。',
  ),
  t(
    { kind: 'application.declined', params: { jobTitle: job.title, reason: null, closed: 'client_withdrew' } },
    `「${job.title}」の応募が終了しました`,
    '発注者が退会したため、選考は終了しました。',
  ),
  t(
    { kind: 'application.withdrawn', params: { jobTitle: job.title } },
    `「${job.title}」への応募が取り下げられました`,
    '応募者が応募を取り下げました。',
  ),
  t(
    { kind: 'application.expired', params: { jobTitle: job.title } },
    `「${job.title}」の応募が期限切れになりました`,
    '募集期限の後、一定期間内に選考結果が出なかったため、応募は自動的に終了しました。',
  ),
  t(
    { kind: 'offer.received', params: { jobTitle: job.title, message: 'x'.repeat(250) } },
    `「${job.title}」のオファーが届きました`,
    `${'x'.repeat(250).slice(0, 200)}`,
  ),
  t(
    { kind: 'offer.accepted', params: { offerTitle: offer.title } },
    `「${offer.title}」のオファーが承諾されました`,
    '受注者がオファーを承諾しました。',
  ),
  t(
    { kind: 'offer.declined', params: { offerTitle: offer.title, reason: null } },
    `「${offer.title}」のオファーが辞退されました`,
    '受注者がオファーを辞退しました。',
  ),
  t(
    { kind: 'offer.declined', params: { offerTitle: offer.title, reason: 'Busy' } },
    `「${offer.title}」のオファーが辞退されました`,
    'Busy',
  ),
  t(
    { kind: 'offer.declined', params: { offerTitle: offer.title, reason: null, withdrawn: true } },
    `「${offer.title}」のオファーは終了しました`,
    'オファー先の会員が退会したため、オファーは辞退扱いになりました。',
  ),
  t(
    { kind: 'offer.cancelled', params: { offerTitle: offer.title } },
    `「${offer.title}」のオファーが取り消されました`,
    '発注者がオファーを取り消しました。',
  ),
  t(
    { kind: 'offer.cancelled', params: { offerTitle: offer.title, withdrawn: true } },
    `「${offer.title}」のオファーは終了しました`,
    '発注者が退会したため、オファーは取り消されました。',
  ),
  t(
    { kind: 'offer.expired', params: { jobTitle: job.title } },
    `「${job.title}」のオファーは期限切れになりました`,
    '期限までに返事がありませんでした。',
  ),
  t(
    { kind: 'contract.created', params: { title: contract.title, role: 'client' } },
    `「${contract.title}」の契約を結びました。仮払いをお願いします`,
    '受注者が作業を始められるよう、契約ページから仮払いを行ってください。契約条件(取引条件明示書)も契約ページで確認できます。',
  ),
  t(
    { kind: 'contract.created', params: { title: contract.title, role: 'worker' } },
    `「${contract.title}」の契約が結ばれました`,
    'おめでとうございます。発注者の仮払いが済むと作業を始められます。仮払いの前に作業を始めないでください。契約条件は契約ページで確認できます。',
  ),
  t(
    { kind: 'contract.completed', params: { title: contract.title, reviewRevealDays: 14 } },
    `「${contract.title}」の契約が完了しました`,
    `お疲れさまでした。取引相手の評価をお願いします(評価はお互いが送信するか、${14}日たつと公開されます)。`,
  ),
  t(
    {
      kind: 'contract.completed',
      params: { title: contract.title, reviewRevealDays: 14, paid: { net: 45000, automatic: true } },
    },
    `「${contract.title}」が検収され、契約が完了しました`,
    `${`検収期限を過ぎたため自動で検収されました。報酬 ¥${(45000).toLocaleString('ja-JP')} が報酬残高に入りました。`}\nお疲れさまでした。取引相手の評価をお願いします(評価はお互いが送信するか、14日たつと公開されます)。`,
  ),
  t(
    { kind: 'contract.terminated', params: { title: contract.title, reviewRevealDays: 7 } },
    `「${contract.title}」の契約が終了しました`,
    'お疲れさまでした。取引相手の評価をお願いします(評価はお互いが送信するか、7日たつと公開されます)。',
  ),
  t(
    { kind: 'contract.disputed', params: { title: contract.title } },
    `「${contract.title}」は運営事務局の対応に移りました`,
    '運営事務局が双方の事情とメッセージを確認し、仮払い金の精算方法を決めます。それまで仮払い・納品・検収などの操作は止まります。',
  ),
  t(
    { kind: 'milestone.funded', params: { title: contract.title, milestoneTitle: '作業一式', amount: 50000 } },
    `「${contract.title}」の仮払いが完了しました`,
    `マイルストーン「作業一式」の仮払い(¥${(50000).toLocaleString('ja-JP')} 税抜)が完了しました。作業を開始してください。`,
  ),
  t(
    { kind: 'milestone.delivered', params: { title: contract.title, autoAcceptDays: 7 } },
    `「${contract.title}」が納品されました。検収をお願いします`,
    `内容を確認して、検収するか修正依頼をしてください。${7}日以内に回答がない場合は自動で検収され、報酬が支払われます。`,
  ),
  t(
    { kind: 'milestone.accept_reminder', params: { title: contract.title, daysLeft: 3, deadline: dueIso } },
    `「${contract.title}」の自動検収まであと${3}日です`,
    `納品物を確認して、検収するか修正依頼をしてください。${due.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' })}を過ぎると自動で検収され、報酬が支払われます。`,
  ),
  t(
    { kind: 'milestone.paid', params: { title: contract.title, net: 45000, automatic: false } },
    `「${contract.title}」が検収されました`,
    `報酬 ¥${(45000).toLocaleString('ja-JP')} が報酬残高に入りました。`,
  ),
  t(
    {
      kind: 'deposit.requested',
      params: { title: contract.title, for: 'contract', instructions: 'よろず銀行 本店', amount: 55000, reference: '123456' },
    },
    `「${contract.title}」の仮払い: 銀行振込のご案内`,
    `振込先: よろず銀行 本店\n金額: ¥${(55000).toLocaleString('ja-JP')}\n振込依頼人名の前に番号「123456」を入れてください。入金を確認すると仮払いが完了します。`,
  ),
  t(
    {
      kind: 'deposit.requested',
      params: { title: job.title, for: 'job', instructions: 'よろず銀行 本店', amount: 55000, reference: '123456' },
    },
    `「${job.title}」の仮払い: 銀行振込のご案内`,
    `振込先: よろず銀行 本店\n金額: ${yen(55000)}\n振込依頼人名の前に番号「123456」を入れてください。入金を確認すると仮払いが完了し、募集が始まります。`,
  ),
  t(
    {
      kind: 'deposit.requested',
      params: { title: contract.title, for: 'tip', instructions: 'よろず銀行 本店', amount: 1055, reference: '123456' },
    },
    `「${contract.title}」のおひねり: 銀行振込のご案内`,
    `振込先: よろず銀行 本店\n金額: ${yen(1055)}\n振込依頼人名の前に番号「123456」を入れてください。入金を確認すると、おひねりが出品者に届きます。`,
  ),
  t(
    { kind: 'terms.proposed', params: { title: contract.title } },
    `「${contract.title}」の契約条件の変更が提案されました`,
    '発注者がマイルストーンや源泉徴収の変更を提案しました。内容を確認して、同意するか拒否してください。',
  ),
  t(
    { kind: 'terms.accepted', params: { title: contract.title } },
    `「${contract.title}」の契約条件の変更に同意しました`,
    '新しい契約条件(取引条件明示書)を契約ページで確認できます。仮払いをお願いします。',
  ),
  t(
    { kind: 'terms.refused', params: { title: contract.title, reason: 'deadline' } },
    `「${contract.title}」の契約条件の変更は拒否されました`,
    '受注者が変更を拒否しました。理由: deadlineこれまでの条件のままです。',
  ),
  t(
    { kind: 'terms.refused', params: { title: contract.title, reason: null } },
    `「${contract.title}」の契約条件の変更は拒否されました`,
    '受注者が変更を拒否しました。これまでの条件のままです。',
  ),
  t(
    { kind: 'termination.proposed', params: { title: contract.title, responseDays: 7 } },
    `「${contract.title}」の途中解消が提案されました`,
    `提案内容(仮払い金の精算方法)を確認して、同意するか拒否してください。${7}日以内に回答がない場合は、運営事務局が対応します。`,
  ),
  t(
    { kind: 'review.waiting', params: { title: contract.title } },
    `「${contract.title}」の取引相手が評価を送信しました`,
    'あなたも評価を送信すると、お互いの評価が同時に公開されます。',
  ),
  t(
    { kind: 'reviews.revealed', params: { title: contract.title } },
    `「${contract.title}」の評価が公開されました`,
    '取引相手からの評価を契約ページとプロフィールで確認できます。',
  ),
  t(
    { kind: 'job.funded', params: { jobTitle: job.title, total: 33000, published: true } },
    `「${job.title}」の仮払いが完了しました`,
    `仮払い(${yen(33000)})が完了し、募集を開始しました。`,
  ),
  t(
    { kind: 'job.funded', params: { jobTitle: job.title, total: 33000, published: false } },
    `「${job.title}」の仮払いが完了しました`,
    `仮払い(${yen(33000)})が完了しました。募集期限が過ぎているため、期限を変更してから公開してください。`,
  ),
  t(
    { kind: 'job.refunded', params: { jobTitle: job.title, amount: 1200 } },
    `「${job.title}」の仮払い金を返金しました`,
    `募集を中止したため、仮払い金 ${yen(1200)} を返金しました。`,
  ),
  t(
    { kind: 'task.submitted', params: { jobTitle: job.title } },
    `タスク「${job.title}」に作業が提出されました`,
    '提出内容を確認して、承認または非承認を選んでください。',
  ),
  t(
    { kind: 'task.approved', params: { jobTitle: job.title, net: 900, automatic: true } },
    `タスク「${job.title}」の提出が承認されました`,
    `判定期限を過ぎたため自動で承認されました。報酬 ${yen(900)}(手数料を差し引いた額)が報酬残高に加わりました。`,
  ),
  t(
    { kind: 'task.rejected', params: { jobTitle: job.title, reason: 'Blurry' } },
    `タスク「${job.title}」の提出が非承認になりました`,
    `理由: ${'Blurry'}`,
  ),
  t(
    { kind: 'task.judge_reminder', params: { jobTitle: job.title, daysLeft: 1, pending: 4, deadline: dueIso } },
    `タスク「${job.title}」の自動承認まであと${1}日です`,
    `未判定の提出が${4}件あります。${due.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' })}までに承認・非承認してください。期限を過ぎると自動で承認され、報酬が支払われます。`,
  ),
  t(
    { kind: 'task.auto_approved', params: { jobTitle: job.title, count: 2 } },
    `タスク「${job.title}」の未判定の提出を自動で承認しました`,
    `判定期限を過ぎたため、${2}件の提出を承認し、報酬を支払いました。`,
  ),
  t(
    { kind: 'task.closed', params: { jobTitle: job.title, refund: 2000, pending: 3, judgeBy: dueIso } },
    `タスク「${job.title}」の募集を終了しました`,
    [
      `使われなかった枠の仮払い金 ${yen(2000)} を返金しました。`,
      `未判定の提出が${3}件あります。${due.toLocaleDateString('ja-JP', { timeZone: 'Asia/Tokyo' })}までに承認・非承認してください。期限を過ぎると自動で承認されます。`,
    ].join('\n'),
  ),
  t(
    { kind: 'task.closed', params: { jobTitle: job.title, refund: 0, pending: 0, judgeBy: null } },
    `タスク「${job.title}」の募集を終了しました`,
    '',
  ),
  t(
    { kind: 'entry.received', params: { jobTitle: job.title, entryTitle: entry.title } },
    `「${job.title}」に作品の応募がありました`,
    entry.title,
  ),
  t(
    { kind: 'competition.won', params: { jobTitle: job.title, entryTitle: entry.title, net: 27000 } },
    `コンペ「${job.title}」であなたの作品が採用されました`,
    `作品「${entry.title}」が採用されました。賞金 ${yen(27000)}(手数料を差し引いた額)が報酬残高に加わりました。`,
  ),
  t(
    { kind: 'competition.result', params: { jobTitle: job.title, outcome: 'chosen' } },
    `コンペ「${job.title}」の採用作品が決まりました`,
    'ご応募ありがとうございました。今回は別の作品が採用されました。',
  ),
  t(
    { kind: 'competition.result', params: { jobTitle: job.title, outcome: 'no_winner', reason: 'None fit' } },
    `コンペ「${job.title}」は採用なしで終了しました`,
    `依頼者からの理由: ${'None fit'}`,
  ),
  t(
    { kind: 'competition.no_winner', params: { jobTitle: job.title, prize: 30000, fee: 1650 } },
    `コンペ「${job.title}」を採用なしで終了しました`,
    `賞金 ${yen(30000)} を返金しました(システム利用料 ${yen(1500 + 150)} は返金されません)。`,
  ),
  t(
    { kind: 'competition.select_reminder', params: { jobTitle: job.title, daysLeft: 3, deadline: dueIso, entrants: 5 } },
    `コンペ「${job.title}」の選定期限まであと${3}日です`,
    `${due.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' })}までに採用する作品を選んでください。期限までに選ばれなかったときは、賞金が応募者${5}名で等分されます。`,
  ),
  t(
    { kind: 'competition.shared', params: { jobTitle: job.title, role: 'client', entrants: 5 } },
    `コンペ「${job.title}」の選定期限が過ぎました`,
    `期限までに採用作品が選ばれなかったため、公開時のルールどおり賞金を応募者${5}名で等分してお支払いしました。`,
  ),
  t(
    { kind: 'competition.shared', params: { jobTitle: job.title, role: 'worker', net: 5400 } },
    `コンペ「${job.title}」の賞金が分配されました`,
    `選定期限までに採用作品が選ばれなかったため、賞金を応募者全員で等分しました。${yen(5400)}(手数料を差し引いた額)が報酬残高に加わりました。`,
  ),
  t(
    { kind: 'competition.selecting', params: { jobTitle: job.title, role: 'client', due: dueIso } },
    `コンペ「${job.title}」の応募を締め切りました`,
    `${due.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'long', timeStyle: 'short' })}までに採用する作品を選んでください。期限までに選ばれなかったときは、賞金が応募者全員で等分されます。`,
  ),
  t(
    { kind: 'competition.selecting', params: { jobTitle: job.title, role: 'worker', due: dueIso } },
    `コンペ「${job.title}」の応募が締め切られました`,
    `${due.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'long', timeStyle: 'short' })}までに採用作品が選ばれます。`,
  ),
  t(
    { kind: 'message.received', params: { subject: contract.title, body: 'y'.repeat(300) } },
    `「${contract.title}」に新しいメッセージが届きました`,
    'y'.repeat(200),
  ),
  t(
    {
      kind: 'payout.requested',
      params: { scheduledDate: '2026-12-30', amount: 10000, fee: 250, bankName: 'よろず銀行', branchName: '本店' },
    },
    `振込申請を受け付けました(振込予定日 ${'2026-12-30'})`,
    `振込額 ¥${(10000 - 250).toLocaleString('ja-JP')}(申請額 ¥${(10000).toLocaleString('ja-JP')}、振込手数料 ¥${(250).toLocaleString('ja-JP')})を よろず銀行 本店 の口座へ振り込みます。`,
  ),
  t(
    { kind: 'payout.failed', params: { reason: '口座番号の誤り', amount: 10000 } },
    '振込ができませんでした',
    `理由: ${'口座番号の誤り'}\n申請額 ¥${(10000).toLocaleString('ja-JP')} は報酬残高に戻しました。振込先口座を確認して、もう一度振込申請をしてください。`,
  ),
  t(
    { kind: 'payout.automatic_held', params: { paymentDate: '2026-04-30', amount: 8_580, reason: 'no_bank_account' } },
    '2026年4月30日の自動振込ができませんでした',
    '報酬残高 ¥8,580 は残高にそのまま残っています。振込先口座を登録すると、次のお支払い日に振り込みます。',
  ),
  t(
    { kind: 'payout.paid', params: { net: 9750 } },
    `¥${(9750).toLocaleString('ja-JP')} を振り込みました`,
    '振込申請の振込が完了しました。口座の入金をご確認ください。',
  ),
  t(
    { kind: 'withdrawal.scheduled', params: { completesAfter: dueIso } },
    '退会を予約しました',
    '振込申請中の報酬の振込が完了すると、自動で退会します(振込予定日 2026年12月24日)。それまで新しい応募や依頼はできません。予約は退会のページで取り消せます。',
  ),
  t(
    { kind: 'withdrawal.scheduled', params: { completesAfter: null } },
    '退会を予約しました',
    '振込申請中の報酬の振込が完了すると、自動で退会します。それまで新しい応募や依頼はできません。予約は退会のページで取り消せます。',
  ),
  t(
    { kind: 'withdrawal.schedule_cancelled', params: { reason: null } },
    '退会の予約を取り消しました',
    '退会の予約を取り消しました。これまでどおりご利用いただけます。',
  ),
  t(
    {
      kind: 'order.placed',
      params: { title: contract.title, packageName: 'ベーシック', price: 11_000, deliveryDate: '2026-12-24', paid: true },
    },
    '「Website」が購入されました',
    `ベーシック(${yen(11_000)} 税込)のご購入です。お届け予定日は 2026-12-24 です。仮払いは済んでいます。取引ページで購入者の情報を確認して、作業を始めてください。`,
  ),
  t(
    {
      kind: 'order.placed',
      params: { title: contract.title, packageName: 'ベーシック', price: 11_000, deliveryDate: '2026-12-24', paid: false },
    },
    '「Website」が購入されました',
    `ベーシック(${yen(11_000)} 税込)のご購入です。お届け予定日は 2026-12-24 です。購入者の銀行振込による仮払いを待っています。仮払いが済むまで作業を始めないでください。`,
  ),
  t(
    { kind: 'order.cancelled_late', params: { title: contract.title, deliveryDate: '2026-12-24' } },
    '「Website」の取引が納品遅延によりキャンセルされました',
    'お届け予定日(2026-12-24)を過ぎても納品がなかったため、購入者が取引をキャンセルしました。仮払い金は全額購入者に返金されました。',
  ),
  t(
    { kind: 'quote.requested', params: { title: contract.title } },
    '「Website」に見積り・カスタマイズの相談が届きました',
    '購入を検討している方から相談が届きました。メッセージを読んで、返信するか見積りを送ってください。',
  ),
  t(
    { kind: 'screening.approved', params: { whatJa: 'メッセージ', whatEn: 'message' } },
    'スタッフ確認中のメッセージが承認されました',
    '確認を依頼されたメッセージをスタッフが確認し、書かれたとおりに送信・保存しました。',
  ),
  t(
    { kind: 'screening.rejected', params: { whatJa: '応募', whatEn: 'proposal', note: 'Phone numbers cannot be exchanged.' } },
    'スタッフ確認中の応募は送信されませんでした',
    '利用規約 第7条(直接取引の禁止)に当たるため、確認を依頼された応募は送信・保存されませんでした。スタッフからのコメント: Phone numbers cannot be exchanged.',
  ),
  t(
    {
      kind: 'screening.failed',
      params: {
        whatJa: '応募',
        whatEn: 'proposal',
        problemJa: 'この仕事にはすでに応募しています。',
        problemEn: 'Already applied.',
      },
    },
    '承認された応募を送信できませんでした',
    'スタッフは確認を依頼された応募を承認しましたが、送信・保存できませんでした。理由: この仕事にはすでに応募しています。 必要であれば、あらためて作成してください。',
  ),
  t(
    { kind: 'contact.approved', params: { title: contract.title, reasonKindJa: '現地作業', reasonKindEn: 'on-site work' } },
    '「Website」でサービス外の連絡が認められました',
    'サービス外連絡申請(現地作業)をスタッフが承認しました。この契約のメッセージでは連絡先を送れます。支払いは引き続き仮払いを通してください。',
  ),
  t(
    { kind: 'contact.rejected', params: { title: contract.title, note: '' } },
    '「Website」のサービス外連絡申請は承認されませんでした',
    'スタッフからのコメント: (なし) 引き続きメッセージ機能でやり取りしてください。',
  ),
  t(
    { kind: 'quote.sent', params: { title: contract.title, price: 20_000, deliveryDays: 7, validUntil: '2026-12-24' } },
    '「Website」の見積りが届きました',
    `${yen(20_000)}(税込)、お届けまで7日の見積りです。2026-12-24 まで購入できます。`,
  ),
  t(
    { kind: 'quote.withdrawn', params: { title: contract.title, price: 20_000 } },
    '「Website」の見積りが取り下げられました',
    `出品者が ${yen(20_000)}(税込)の見積りを取り下げました。この見積りは購入できません。`,
  ),
  t(
    { kind: 'quote.expired', params: { title: contract.title, price: 20_000, validUntil: '2026-12-24' } },
    '「Website」の見積りの有効期限が切れました',
    `${yen(20_000)}(税込)の見積りは、有効期限(2026-12-24)までに購入されませんでした。必要ならメッセージで新しい見積りを相談してください。`,
  ),
  t(
    { kind: 'tip.received', params: { title: contract.title, amount: 1_000, net: 780, message: 'Thanks a lot' } },
    '「Website」の購入者からおひねりが届きました',
    `おひねり ${yen(1_000)} が届き、手数料を差し引いた ${yen(780)} が報酬残高に入りました。\n購入者からのメッセージ: Thanks a lot`,
  ),
  t(
    { kind: 'tip.received', params: { title: contract.title, amount: 500, net: 390, message: null } },
    '「Website」の購入者からおひねりが届きました',
    `おひねり ${yen(500)} が届き、手数料を差し引いた ${yen(390)} が報酬残高に入りました。`,
  ),
  t(
    { kind: 'review.answered', params: { title: contract.title } },
    '「Website」の評価に出品者から返信がありました',
    'あなたが書いた評価に出品者が返信しました。取引ページで確認できます。',
  ),
  t(
    { kind: 'saved_search.matched', params: { searchName: 'Logo', itemKind: 'service', itemTitle: 'Website' } },
    '「Logo」に合うサービスが見つかりました',
    '保存した検索条件「Logo」に合うサービス「Website」が公開されました。',
  ),
  t(
    { kind: 'saved_search.matched', params: { searchName: 'Logo', itemKind: 'job', itemTitle: 'Website' } },
    '「Logo」に合う仕事が見つかりました',
    '保存した検索条件「Logo」に合う仕事「Website」が公開されました。',
  ),
];

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
// Sample values an English text may quote as they are (a bank's name, a reason).
const QUOTED =
  /よろず銀行|本店|作業一式|口座番号の誤り|ベーシック|LINEの交換を求めないでください。|暴言|連絡先の交換|通報1件|誤りでした|証拠が明確です/g;

describe('the notification catalogue', () => {
  it.each(cases.map((c) => [c.input.kind, c] as const))('%s in Japanese is the text the notices have always had', (_, c) => {
    expect(renderNotification(c.input.kind, c.input.params as never, 'ja')).toEqual(c.ja);
  });

  it.each(cases.map((c) => [c.input.kind, c] as const))('%s has an English text', (_, c) => {
    const en = renderNotification(c.input.kind, c.input.params as never, 'en');
    expect(en.title.length).toBeGreaterThan(0);
    expect(`${en.title}\n${en.body}`.replace(QUOTED, '')).not.toMatch(JAPANESE);
  });

  it('has a sample for every kind', () => {
    const sampled = new Set<string>(cases.map((c) => c.input.kind));
    expect(Object.keys(NOTIFICATIONS).filter((k) => !sampled.has(k as NotificationKind))).toEqual([]);
  });

  it('writes English amounts and dates for English readers', () => {
    expect(renderNotification('payout.paid', { net: 1234567 }, 'en').title).toBe('¥1,234,567 has been transferred');
    expect(renderNotification('milestone.accept_reminder', { title: 'Site', daysLeft: 1, deadline: dueIso }, 'en')).toEqual({
      title: '"Site" will be accepted automatically in 1 day',
      body: 'Check the delivery and accept it or ask for changes. After 24 Dec 2026, 15:30 (JST) it is accepted automatically and the worker is paid.',
    });
  });
});
