// Demo work: job postings of every kind across categories, with applications, messages
// and an offer, so that a fresh `npm start` shows a living marketplace.
import type { JobInput } from '../../shared/api/jobs';
import type { Deps } from '../deps';
import { applyToJob } from '../use-cases/applications/apply-to-job';
import { createJob } from '../use-cases/jobs/create-job';
import { fundJob } from '../use-cases/jobs/fund-job';
import { sendMessage } from '../use-cases/messages/send-message';
import { sendOffer } from '../use-cases/offers/send-offer';

const DAY = 86_400_000;

type Posting = Omit<JobInput, 'deadline' | 'publish'> & {
  client: string;
  days: number;
  /** Tasks and competitions: how the budget is paid into escrow (the development card by default). */
  payBy?: 'bank_transfer';
};

const base = {
  deliveryDate: null,
  budgetMin: null,
  budgetMax: null,
  hires: null,
  milestonesWished: null,
  taskSlots: null,
  taskUnitPrice: null,
  taskInstructions: null,
  prize: null,
  entryRules: null,
  allowNoWinner: false,
} as const;

export const DEMO_JOBS: Posting[] = [
  {
    ...base,
    client: 'tanaka_shoji',
    kind: 'project',
    title: '業務用食品サイトのブログ記事作成(月5本・継続)',
    description:
      '業務用食品の卸売をしている会社です。自社サイトのブログで、飲食店向けの仕入れのコツや季節のメニュー提案の記事を毎月5本お願いします。\n1本あたり3,000字程度、構成案はこちらで用意します。WordPress への入稿まで対応いただける方を歓迎します。',
    category: 'writing-article',
    tags: ['remote', 'long-term', 'homemaker'],
    budgetMin: 20000,
    budgetMax: 40000,
    hires: 2,
    milestonesWished: 1,
    days: 14,
  },
  {
    ...base,
    client: 'tanaka_shoji',
    kind: 'project',
    title: '受発注管理システムの改修(Node.js / PostgreSQL)',
    description:
      '社内で使っている受発注管理システム(Node.js + PostgreSQL)に、取引先ごとの単価表と CSV 出力を追加したいです。\n既存コードの読み解きから設計・実装・テストまでお願いします。週1回のオンライン打ち合わせ(30分)があります。',
    category: 'dev-web',
    tags: ['remote'],
    budgetMin: 300000,
    budgetMax: 600000,
    hires: 1,
    milestonesWished: 3,
    days: 21,
  },
  {
    ...base,
    client: 'tanaka_shoji',
    kind: 'project',
    title: '英語の商品説明文の翻訳(約40品目)',
    description:
      '海外の取引先向けに、冷凍食品の商品説明(日本語・各200字程度)を英語に翻訳していただける方を探しています。食品表示の用語に慣れている方だと助かります。',
    category: 'translation-en-ja',
    tags: ['remote', 'spare-time'],
    budgetMin: 30000,
    budgetMax: 50000,
    hires: 1,
    milestonesWished: 1,
    days: 10,
  },
  {
    ...base,
    client: 'yamamoto_ken',
    kind: 'task',
    title: '料理レシピの感想アンケート(5分で完了)',
    description:
      'ブログで紹介している時短レシピを読んで、作ってみたいと思ったかどうか、感想を100字以上で回答してください。スマホから回答できます。',
    category: 'data-research',
    tags: ['beginner', 'spare-time', 'homemaker', 'no-experience'],
    taskSlots: 100,
    taskUnitPrice: 50,
    taskInstructions: '1. 指定のレシピ記事を読む\n2. 設問に回答する\n3. 感想を100字以上で書く(コピペ不可)',
    days: 7,
  },
  {
    ...base,
    client: 'yamamoto_ken',
    kind: 'task',
    title: '飲食店の営業時間リスト作成(1件ずつ入力)',
    description: '地図サイトで指定エリアの飲食店を検索し、店名・営業時間・定休日をフォームに入力するデータ入力作業です。',
    category: 'data-entry',
    tags: ['beginner', 'remote', 'spare-time'],
    taskSlots: 300,
    taskUnitPrice: 30,
    payBy: 'bank_transfer',
    taskInstructions: '1件ごとに店名・住所・営業時間・定休日を入力してください。不明な項目は「不明」と入力します。',
    days: 12,
  },
  {
    ...base,
    client: 'tanaka_shoji',
    kind: 'competition',
    title: '新しい業務用食品ブランドのロゴ募集',
    description:
      '来春立ち上げる業務用冷凍食品ブランド「まかない堂」のロゴを募集します。飲食店の厨房で使われる段ボールや伝票に印刷するため、単色でも判別しやすいデザインを希望します。',
    category: 'design-logo',
    tags: ['remote'],
    prize: 50000,
    entryRules:
      '・オリジナル作品に限ります(生成AIの出力をそのまま使ったものは不可)\n・採用作品の著作権は発注者に譲渡していただきます\n・応募はお一人5点まで',
    allowNoWinner: true,
    days: 20,
  },
  {
    ...base,
    client: 'yamamoto_ken',
    kind: 'project',
    title: 'YouTube 料理動画の編集(10分程度・月4本)',
    description:
      '料理チャンネルの動画編集をお願いします。撮影素材(約60分)をカットし、テロップ・BGM を入れて10分程度にまとめていただきます。',
    category: 'video-youtube',
    tags: ['remote', 'long-term'],
    budgetMin: 8000,
    budgetMax: 15000,
    hires: 1,
    milestonesWished: 4,
    days: 9,
  },
  {
    ...base,
    client: 'yamamoto_ken',
    kind: 'project',
    title: 'ブログ用の挿絵イラスト(料理・5点)',
    description: 'レシピ記事に使うやさしいタッチの挿絵を5点お願いします。鍋料理、お弁当、朝ごはんなどのテーマを予定しています。',
    category: 'design-illustration',
    tags: ['remote', 'student', 'beginner'],
    budgetMin: 10000,
    budgetMax: 25000,
    hires: 1,
    milestonesWished: 1,
    days: 16,
  },
  {
    ...base,
    client: 'tanaka_shoji',
    kind: 'project',
    title: '経理補助(請求書の入力・月末の数日)',
    description:
      '毎月末に届く請求書(約80枚)を会計ソフトに入力していただく作業です。在宅で、月末の3〜4日間に作業できる方を探しています。',
    category: 'office-accounting',
    tags: ['remote', 'homemaker', 'long-term'],
    budgetMin: 15000,
    budgetMax: 20000,
    hires: 1,
    milestonesWished: 1,
    days: 25,
  },
];

/** Seeds postings, applications, a message and an offer; returns what the demo contracts build on. */
export async function seedDemoWork(
  deps: Deps,
  userIds: Record<string, string>,
): Promise<{ blog: string; translationOffer: string } | null> {
  const now = deps.clock();
  const jobIds: string[] = [];
  for (const { client, days, payBy, ...posting } of DEMO_JOBS) {
    const clientId = userIds[client];
    if (!clientId) continue;
    const deadline = new Date(now.getTime() + days * DAY);
    deadline.setUTCHours(14, 59, 0, 0); // 23:59 in Japan
    const paidUpFront = posting.kind !== 'project';
    const jobId = await createJob(deps, {
      clientId,
      job: { ...posting, deadline: deadline.toISOString(), publish: !paidUpFront },
    });
    // Tasks and competitions open once their budget is in escrow: one task by bank transfer
    // (waiting for staff on the deposits page), the rest by the development card where it
    // is enabled.
    if (paidUpFront) {
      const method = payBy ?? (deps.config.devCardPayments ? 'dev_card' : 'bank_transfer');
      await fundJob(deps, { clientId, jobId, method });
    }
    jobIds.push(jobId);
  }
  const [blog, system, translation] = jobIds;
  const hanako = userIds.sato_hanako;
  const ichiro = userIds.suzuki_ichiro;
  const mei = userIds.takahashi_mei;
  const tanaka = userIds.tanaka_shoji;
  if (!blog || !system || !translation || !hanako || !ichiro || !mei || !tanaka) return null;
  const application = await applyToJob(deps, {
    workerId: hanako,
    jobId: blog,
    application: {
      proposal:
        'はじめまして、佐藤と申します。料理ブログの記事を3年間書いてきました。季節の食材を使ったメニュー提案が得意です。WordPress への入稿も対応できます。',
      quotedAmount: 30000,
      deliveryDays: 30,
      attachmentIds: [],
    },
  });
  await applyToJob(deps, {
    workerId: ichiro,
    jobId: system,
    application: {
      proposal:
        'Node.js と PostgreSQL での業務システム開発経験が10年以上あります。まず既存コードを拝見し、単価表のテーブル設計案をご提出します。',
      quotedAmount: 480000,
      deliveryDays: 45,
      attachmentIds: [],
    },
  });
  const thread = await deps.db.selectFrom('threads').select('id').where('subject_id', '=', application).executeTakeFirst();
  if (thread) {
    await sendMessage(deps, {
      senderId: tanaka,
      threadId: thread.id,
      body: 'ご応募ありがとうございます。過去に書かれた記事のURLを2〜3本教えていただけますか。',
      attachmentIds: [],
    });
  }
  const offer = await sendOffer(deps, {
    clientId: tanaka,
    jobId: translation,
    username: 'takahashi_mei',
    message: 'プロフィールを拝見しました。英語が得意とのことでしたので、商品説明の翻訳をお願いできないでしょうか。',
    amount: 45000,
  });
  return { blog, translationOffer: offer };
}
