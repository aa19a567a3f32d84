// The blocker rules of the product, in the order the pre-check lists them. Each feature
// that can leave something open adds its rule here and its provider on the server
// (src/server/withdrawal/registry.ts).
import type { BlockerRule } from './eligibility';

export const BLOCKER_RULES: readonly BlockerRule[] = [
  {
    code: 'pending-applications',
    role: 'worker',
    from: 'pendingApplications',
    title: { ja: '選考中の応募があります', en: 'You have applications under review' },
    explanation: {
      ja: '選考結果を待っている応募は、退会の前に取り下げてください。ここから取り下げられます。選考結果が出ないまま期限が来ると自動で終了します。',
      en: 'Withdraw applications still under review before leaving; you can do it here. They also end by themselves when their review period runs out.',
    },
    resolve: { label: { ja: '応募した仕事を見る', en: 'See my applications' }, link: '/mypage/applications' },
  },
  {
    code: 'open-jobs',
    role: 'client',
    from: 'openJobs',
    title: { ja: '募集中の仕事があります', en: 'You have jobs open for applications' },
    explanation: {
      ja: '募集中の仕事は、退会の前に募集を終了してください。ここから終了できます。募集期限が来ると自動で終了します。',
      en: 'Close your open jobs before withdrawing; you can do it here. They also close by themselves at their deadline.',
    },
    resolve: { label: { ja: '依頼した仕事を見る', en: 'See my jobs' }, link: '/mypage/jobs' },
  },
  {
    code: 'live-contracts-worker',
    role: 'worker',
    from: 'liveContractsAsWorker',
    title: { ja: '受注中の契約があります', en: 'You have contracts in progress as a worker' },
    explanation: {
      ja: '作業中・仮払い待ちの契約は、納品して検収を受けるか、発注者と途中解消に合意してから退会してください。すべて納品済みの契約は、自動検収の日に終わります。',
      en: 'Deliver and get accepted, or agree with the client to end the contract early, before leaving. A contract whose work is all delivered ends by itself on its auto-acceptance date.',
    },
    resolve: { label: { ja: '契約一覧を見る', en: 'See my contracts' }, link: '/contracts?role=worker' },
  },
  {
    code: 'live-contracts-client',
    role: 'client',
    from: 'liveContractsAsClient',
    title: { ja: '発注中の契約があります', en: 'You have contracts in progress as a client' },
    explanation: {
      ja: '作業中・仮払い待ちの契約は、検収して完了するか、受注者と途中解消に合意してから退会してください。',
      en: 'Accept the work, or agree with the worker to end the contract early, before leaving.',
    },
    resolve: { label: { ja: '契約一覧を見る', en: 'See my contracts' }, link: '/contracts?role=client' },
  },
  {
    code: 'orders-in-progress-seller',
    role: 'worker',
    from: 'ordersAsSeller',
    title: { ja: '進行中の取引(受けた取引)があります', en: 'You have orders in progress as a seller' },
    explanation: {
      ja: '購入されたサービスは、お届け予定日までに納品して検収を受けてから退会してください。納品済みの取引は、検収期限(サービスごとの日数)が来ると自動で終わります。',
      en: 'Deliver the services bought from you by their delivery date and get them accepted before leaving. A delivered order ends by itself when its acceptance window (set per service) runs out.',
    },
    resolve: { label: { ja: '受けた取引を見る', en: 'See orders I took' }, link: '/mypage/orders' },
  },
  {
    code: 'orders-in-progress-buyer',
    role: 'client',
    from: 'ordersAsBuyer',
    title: { ja: '進行中の取引(購入した取引)があります', en: 'You have orders in progress as a buyer' },
    explanation: {
      ja: '購入したサービスは、納品を検収して取引を終えてから退会してください。お届け予定日を過ぎても納品がない取引は、取引ページからキャンセルして全額の返金を受けられます。',
      en: 'Accept the deliveries of the services you bought to finish those orders before leaving. An order not delivered by its delivery date can be cancelled from its page with a full refund.',
    },
    resolve: { label: { ja: '購入した取引を見る', en: 'See my purchases' }, link: '/mypage/purchases' },
  },
  {
    code: 'unfunded-milestones',
    role: 'client',
    from: 'unfundedMilestones',
    title: { ja: '仮払い待ちのマイルストーンがあります', en: 'Milestones are waiting for escrow' },
    explanation: {
      ja: '契約したまま仮払いしていないマイルストーンがあります。仮払いするか、受注者と途中解消に合意してください。',
      en: 'Fund these milestones, or agree with the worker to end the contract.',
    },
    resolve: { label: { ja: '契約一覧を見る', en: 'See my contracts' }, link: '/contracts?role=client' },
  },
  {
    code: 'pending-deposits',
    role: 'client',
    from: 'pendingDeposits',
    title: { ja: '入金確認待ちの仮払いがあります', en: 'Bank transfers are waiting for confirmation' },
    explanation: {
      ja: '銀行振込の仮払いは、運営事務局が入金を確認すると完了します(通常1〜2営業日)。まだ振込んでいない場合は、ここから取り消せます。',
      en: 'A bank-transfer deposit completes when staff confirm the money arrived (usually 1–2 business days). If you have not transferred yet, you can cancel it here.',
    },
    resolve: { label: { ja: '契約一覧を見る', en: 'See my contracts' }, link: '/contracts?role=client' },
  },
  {
    code: 'task-submissions-pending',
    role: 'worker',
    from: 'pendingTaskSubmissions',
    title: { ja: '判定待ちのタスク提出があります', en: 'Task submissions are waiting for the client' },
    explanation: {
      ja: '依頼者が承認・非承認を決めるまでお待ちください。ここから提出を取り下げることもできます。判定されないままでも、募集終了から一定期間(初期設定14日)で自動承認されます。',
      en: 'Wait for the client to approve or reject them, or withdraw them here. Submissions not judged are approved by themselves a set time (14 days by default) after the task closes.',
    },
    resolve: { label: { ja: '参加中の仕事を見る', en: 'See my task and competition work' }, link: '/mypage/work' },
  },
  {
    code: 'competition-entries-pending',
    role: 'worker',
    from: 'pendingCompetitionEntries',
    title: { ja: '結果待ちのコンペ応募があります', en: 'Competition entries are waiting for the result' },
    explanation: {
      ja: '採用作品が決まるまでお待ちください。ここから作品を取り下げることもできます。選定期限を過ぎると結果が決まります。',
      en: 'Wait for the result, or withdraw your entries here. The result is decided by the selection deadline.',
    },
    resolve: { label: { ja: '参加中の仕事を見る', en: 'See my task and competition work' }, link: '/mypage/work' },
  },
  {
    code: 'work-escrow-held',
    role: 'client',
    from: 'workEscrowHeld',
    title: { ja: '仮払い中のタスク・コンペがあります', en: 'Task or competition money is in escrow' },
    explanation: {
      ja: '判定待ちの提出があるタスクは承認・非承認してください(募集終了から一定期間で自動承認されます)。選定中のコンペは採用作品を選んでください(選定期限を過ぎると賞金は応募者で等分されます)。公開前の仮払い済みの仕事は、公開するか、中止して全額返金を受けてください。',
      en: 'Judge the pending task submissions (they are approved by themselves after a set time), choose the winner of competitions being decided (the prize is shared by the entrants after the deadline), and publish or cancel (full refund) paid drafts.',
    },
    resolve: { label: { ja: '依頼した仕事を見る', en: 'See my jobs' }, link: '/mypage/jobs' },
  },
  {
    code: 'published-services',
    role: 'worker',
    from: 'publishedServices',
    title: { ja: '公開中のサービスがあります', en: 'You have services on sale' },
    explanation: {
      ja: '公開中・受付停止中のサービスは、退会の前に非公開にしてください。ここから非公開にできます。非公開にしたサービスは購入できなくなり、検索にも表示されません。',
      en: 'Hide your published and paused services before leaving; you can do it here. A hidden service cannot be bought and does not appear in search.',
    },
    resolve: { label: { ja: '出品したサービスを見る', en: 'See my services' }, link: '/mypage/services' },
  },
  {
    // An inquiry the seller has not answered does not block: nothing is promised and no
    // money waits on it, and the thread stays for the buyer under 「退会済みユーザー」.
    code: 'open-quotes',
    role: 'worker',
    from: 'openQuotes',
    title: { ja: '回答待ちの見積りがあります', en: 'You have quotes waiting for an answer' },
    explanation: {
      ja: '送った見積りは、購入されると取引になります。退会の前に取り下げてください。ここから取り下げられます。取り下げなくても、有効期限が過ぎると自動で終了します。',
      en: 'A quote you sent becomes an order when it is bought. Withdraw it before leaving; you can do it here. It also ends by itself after its valid-until date.',
    },
    resolve: { label: { ja: 'メッセージを見る', en: 'See my messages' }, link: '/messages' },
  },
  {
    code: 'open-disputes',
    role: 'both',
    from: 'openDisputes',
    title: { ja: '運営事務局が対応中のトラブルがあります', en: 'Staff are handling a dispute of yours' },
    explanation: {
      ja: '運営事務局が仮払い金の精算方法を決めるまでお待ちください。精算が終わると退会できます。',
      en: 'Wait until staff settle the escrow; you can leave once it is settled.',
    },
    resolve: { label: { ja: '契約一覧を見る', en: 'See my contracts' }, link: '/contracts' },
  },
  {
    code: 'earnings-balance',
    role: 'worker',
    from: 'earningsBalance',
    title: { ja: '報酬残高があります', en: 'You have earnings not yet paid out' },
    explanation: {
      ja: '報酬残高は退会で失われることはありません。「退会のための全額振込」を申請してください(最低申請額・振込手数料はかかりません)。',
      en: 'Your earnings are never forfeited at withdrawal. Request the final payout of the whole balance (no minimum, no fee).',
    },
    resolve: { label: { ja: '振込申請へ', en: 'Request a payout' }, link: '/mypage/payouts?final=1' },
  },
  {
    code: 'payouts-in-flight',
    role: 'worker',
    from: 'payoutsInFlight',
    title: { ja: '振込待ちの振込申請があります', en: 'Payouts are on their way to your bank' },
    explanation: {
      ja: '振込申請した報酬が口座に振り込まれるまでお待ちください。振込予定日を過ぎると退会できます。',
      en: 'Wait until the requested payouts reach your bank account; you can leave after the expected transfer date.',
    },
    resolve: { label: { ja: '振込申請を見る', en: 'See my payouts' }, link: '/mypage/payouts' },
  },
];
