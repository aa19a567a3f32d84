// Demo skill services (出品) of three sellers, made through the real use cases: a writer,
// an engineer and a design student, each with two or three packages, paid options and
// FAQ. Most are published; one is paused (受付停止) and one is still a draft.
import type { ServiceInput } from '../../shared/api/services';
import type { Deps } from '../deps';
import { changeServiceStatus } from '../use-cases/services/change-service-status';
import { createService } from '../use-cases/services/create-service';

type DemoService = { seller: string; status: 'published' | 'paused' | 'draft'; service: ServiceInput };

const base = { imageIds: [], capacity: 3, acceptanceDays: 3 };

export const DEMO_SERVICES: DemoService[] = [
  {
    seller: 'sato_hanako',
    status: 'published',
    service: {
      ...base,
      title: '美容・育児ジャンルのSEO記事を丁寧に執筆します',
      category: 'writing-seo',
      tags: ['SEO', 'ブログ記事', '美容', '育児'],
      description:
        '美容・育児・料理のジャンルを中心に、検索で読まれるブログ記事を執筆します。\nキーワードと想定読者を伺ってから構成案をお送りし、ご確認いただいてから本文を書きます。WordPressへの入稿も承ります(オプション)。\n二児の母として、読者目線の分かりやすい文章を心がけています。',
      packages: [
        { name: 'ベーシック', price: 5_500, deliveryDays: 5, revisions: 1, includes: '2,000文字程度の記事1本、構成案、見出し案' },
        {
          name: 'スタンダード',
          price: 14_300,
          deliveryDays: 10,
          revisions: 2,
          includes: '3,000文字程度の記事2本、構成案、アイキャッチ用の画像選定',
        },
        {
          name: 'プレミアム',
          price: 33_000,
          deliveryDays: 20,
          revisions: 3,
          includes: '3,000文字程度の記事5本、構成案、キーワード調査',
        },
      ],
      options: [
        { title: 'WordPress入稿', price: 1_100, extraDays: 1 },
        { title: '特急納品(3日短縮)', price: 3_300, extraDays: 0 },
      ],
      faq: [
        {
          question: '医療・薬機法に関わるテーマも書けますか?',
          answer: '表現に配慮して書きますが、監修が必要なテーマはご購入前にご相談ください。',
        },
        { question: '記名記事にできますか?', answer: 'ご希望があれば「佐藤花子」名義で執筆します。' },
      ],
      buyerRequest: '記事のテーマ、狙いたいキーワード、想定読者、参考にしたいサイトがあればお知らせください。',
      capacity: 4,
    },
  },
  {
    seller: 'sato_hanako',
    status: 'paused',
    service: {
      ...base,
      title: '商品レビュー・体験談を実際に使って書きます',
      category: 'writing-review',
      tags: ['レビュー', '体験談', '口コミ'],
      description:
        '化粧品・ベビー用品・キッチン用品などを実際に使い、写真付きの体験談を書きます。\n良い点だけでなく、気になった点も正直にお伝えするので、読者に信頼される記事になります。',
      packages: [
        { name: 'ライト', price: 3_300, deliveryDays: 7, revisions: 1, includes: '1,500文字程度の体験談、写真3枚' },
        { name: 'しっかり', price: 8_800, deliveryDays: 14, revisions: 2, includes: '3,000文字程度の体験談、写真8枚、比較表' },
      ],
      options: [{ title: '写真の追加(5枚)', price: 1_100, extraDays: 0 }],
      faq: [{ question: '商品はどうやって届けますか?', answer: 'ご購入後、取引メッセージで送り先をお知らせします。' }],
      buyerRequest: '商品の特徴、必ず触れてほしい点、掲載先の媒体を教えてください。',
    },
  },
  {
    seller: 'suzuki_ichiro',
    status: 'published',
    service: {
      ...base,
      title: 'WordPressサイトの不具合を調査・修正します',
      category: 'dev-wordpress',
      tags: ['WordPress', 'PHP', '不具合修正', '高速化'],
      description:
        '「画面が真っ白になった」「プラグインの更新でレイアウトが崩れた」など、WordPressサイトのトラブルを調査して直します。\nWebエンジニア歴12年。作業前にバックアップを取り、何をどう直したかを報告書にまとめてお渡しします。',
      packages: [
        { name: '調査のみ', price: 5_500, deliveryDays: 2, revisions: 0, includes: '原因の調査と報告書(修正方法の提案つき)' },
        { name: '調査と修正', price: 16_500, deliveryDays: 4, revisions: 1, includes: '調査、修正作業1件、報告書' },
        {
          name: '修正と高速化',
          price: 44_000,
          deliveryDays: 7,
          revisions: 2,
          includes: '調査、修正作業3件まで、表示速度の改善、報告書',
        },
      ],
      options: [
        { title: '土日の緊急対応', price: 5_500, extraDays: 0 },
        { title: '1か月の保守(更新作業)', price: 11_000, extraDays: 30 },
      ],
      faq: [
        {
          question: 'サーバーの管理画面の情報は必要ですか?',
          answer: '調査の内容によります。必要な場合は取引メッセージで安全な渡し方をご案内します。',
        },
        {
          question: '直らなかった場合はどうなりますか?',
          answer: '調査結果をお伝えし、取引のキャンセルか内容の変更をご相談します。',
        },
      ],
      buyerRequest: 'サイトのURL、起きている症状、いつから起きているか、最近行った変更を教えてください。',
      capacity: 2,
      acceptanceDays: 5,
    },
  },
  {
    seller: 'suzuki_ichiro',
    status: 'draft',
    service: {
      ...base,
      title: 'スプレッドシートの集計を自動化するツールを作ります',
      category: 'dev-automation',
      tags: ['GAS', '業務効率化'],
      description: 'Google Apps Scriptで、毎月の集計や転記作業を自動化します。',
      packages: [{ name: 'ベーシック', price: 22_000, deliveryDays: 7, revisions: 1, includes: 'スクリプト1本、使い方の説明書' }],
      options: [],
      faq: [],
      buyerRequest: '',
    },
  },
  {
    seller: 'takahashi_mei',
    status: 'published',
    service: {
      ...base,
      title: 'お店の雰囲気が伝わるロゴを作成します',
      category: 'design-logo',
      tags: ['ロゴ', 'カフェ', '飲食店', 'かわいい'],
      description:
        'カフェ・パン屋・美容室など、小さなお店のロゴを作ります。\nヒアリングシートでお店のこだわりや好きな色を伺い、手描きの温かみのあるデザインをご提案します。名刺やショップカードへの展開もご相談ください。',
      packages: [
        { name: 'ベーシック', price: 5_000, deliveryDays: 7, revisions: 2, includes: 'ロゴ案2点、PNGデータ' },
        {
          name: 'スタンダード',
          price: 12_000,
          deliveryDays: 10,
          revisions: 3,
          includes: 'ロゴ案3点、PNG・AIデータ、カラー違い2種',
        },
      ],
      options: [
        { title: '名刺デザイン(片面)', price: 3_000, extraDays: 3 },
        { title: '著作権の譲渡', price: 5_000, extraDays: 0 },
      ],
      faq: [{ question: '商用利用はできますか?', answer: 'はい、お店の看板・印刷物・Webサイトでお使いいただけます。' }],
      buyerRequest: 'お店の名前(表記)、業種、好きな色や雰囲気、参考にしたいロゴがあれば教えてください。',
    },
  },
  {
    seller: 'takahashi_mei',
    status: 'published',
    service: {
      ...base,
      title: 'SNSアイコン用のゆるい似顔絵イラストを描きます',
      category: 'design-illustration',
      tags: ['イラスト', '似顔絵', 'アイコン'],
      description:
        '写真をもとに、やわらかいタッチの似顔絵を描きます。SNSのアイコンやブログのプロフィールにどうぞ。\n背景の色や小物(ペット、趣味の道具など)も入れられます。',
      packages: [
        { name: 'バストアップ', price: 2_500, deliveryDays: 4, revisions: 1, includes: '似顔絵1名(バストアップ)、正方形PNG' },
        { name: '全身', price: 4_500, deliveryDays: 6, revisions: 2, includes: '似顔絵1名(全身)、正方形・横長PNG' },
      ],
      options: [{ title: 'ペット・小物の追加', price: 1_000, extraDays: 1 }],
      faq: [{ question: '写真は何枚必要ですか?', answer: '正面と斜めの2〜3枚あると似せやすいです。' }],
      buyerRequest: '似顔絵にする方の写真と、入れたい小物や背景の色を教えてください。',
      capacity: 5,
    },
  },
];

export async function seedDemoServices(deps: Deps, userIds: Record<string, string>): Promise<void> {
  for (const d of DEMO_SERVICES) {
    const sellerId = userIds[d.seller];
    if (!sellerId) continue;
    const id = await createService(deps, { sellerId, service: d.service });
    if (d.status === 'draft') continue;
    await changeServiceStatus(deps, { sellerId, serviceId: id, action: 'publish' });
    if (d.status === 'paused') await changeServiceStatus(deps, { sellerId, serviceId: id, action: 'pause' });
  }
}
