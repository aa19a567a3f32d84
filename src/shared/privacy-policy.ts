// The privacy policy's list of what is kept, written from the data map
// (src/server/db/privacy-map.ts): every table that holds personal data belongs to exactly
// one kind below, which a test checks, so a new table cannot be missing from the policy.

export interface PrivacyDataKind {
  id: string;
  title: string;
  /** What is kept, in words a member understands. */
  items: string;
  purpose: string;
  retention: string;
  /** The tables of the data map this kind covers. */
  tables: readonly string[];
}

export const PRIVACY_DATA_KINDS: readonly PrivacyDataKind[] = [
  {
    id: 'account',
    title: 'アカウント情報',
    items:
      'メールアドレス、ユーザー名、表示名、パスワード(復元できない形に変換して保存)、2段階認証の設定(認証アプリの鍵は暗号化し、リカバリーコードは復元できない形に変換して保存)、ログインした端末・IPアドレス',
    purpose: '本人確認、ログイン、不正利用の防止、取引やお手続きのご連絡のため',
    retention:
      '退会まで。ユーザー名は、ほかの方に再発行しないため退会後も保存し、「退会済みユーザー」としてのみ表示します。ログイン記録は、ログアウトまたは有効期限まで。2段階認証の設定は、無効にしたときまたは退会時に削除します。',
    tables: ['users', 'sessions', 'auth_tokens', 'idempotency_keys', 'second_factors', 'recovery_codes'],
  },
  {
    id: 'profile',
    title: 'プロフィールと掲載内容',
    items:
      '自己紹介、スキル、稼働時間、地域、ポートフォリオのURL、個人・法人の区別、適格請求書発行事業者登録番号、出品したサービスと画像、添付ファイル、お気に入り、保存した検索条件、ブロックした会員',
    purpose: 'ほかの会員にご自身を紹介し、仕事やサービスを探しやすくするため。登録番号は、発注者が仕入税額控除を受けるため',
    retention: '退会まで(退会時に削除します)。',
    tables: [
      'profiles',
      'attachments',
      'services',
      'service_images',
      'favourites',
      'saved_searches',
      'saved_search_matches',
      'saved_search_digests',
      'member_blocks',
    ],
  },
  {
    id: 'mail',
    title: 'お知らせとメール',
    items: '送信したメールの宛先と本文、サービス内のお知らせ',
    purpose: 'お手続きや取引の状況をお知らせするため',
    retention: '退会まで。確認用リンクなどを含むメールは、送信後すぐに宛先と本文を消去します。',
    tables: ['outbox', 'dev_mailbox', 'notifications'],
  },
  {
    id: 'money',
    title: '取引とお金の記録',
    items:
      '契約、マイルストーン、取引条件明示書、仮払い、入金、報酬、振込申請、手数料、源泉徴収、見積もり、チップ、評価、契約終了や紛争の記録',
    purpose: '取引を安全に進め、報酬を正しく支払い、法令に基づく帳簿を保存するため',
    retention:
      '取引の終了から7年間(税法上の帳簿の保存期間)。退会後は、お名前やご連絡先など個人を特定する情報を除いて保存します。',
    tables: [
      'contracts',
      'service_orders',
      'service_tips',
      'service_quotes',
      'milestones',
      'contract_documents',
      'deposits',
      'payment_events',
      'termination_proposals',
      'disputes',
      'job_escrows',
      'work_rewards',
      'ledger_accounts',
      'ledger_entries',
      'payout_requests',
      'payout_settings',
      'automatic_payout_runs',
      'reviews',
      'contact_requests',
    ],
  },
  {
    id: 'bank',
    title: '振込先口座',
    items: '金融機関・支店、口座の種類と番号、口座名義(カナ)',
    purpose: '報酬をお振り込みするため',
    retention: '変更または退会まで。口座番号は暗号化して保存し、画面には末尾のみ表示します。',
    tables: ['bank_accounts'],
  },
  {
    id: 'payee',
    title: '支払調書の氏名・住所',
    items: '源泉徴収のある報酬を受け取る方の氏名と住所',
    purpose:
      '源泉徴収をした発注者が、法令に基づく支払調書(報酬、料金、契約金及び賞金の支払調書)を作成するため。支払調書として、その報酬を支払った発注者に表示します',
    retention:
      '退会まで。源泉徴収のある報酬を受け取っていた場合は、最後に受け取った年の翌年1月31日から7年間(発注者が支払調書を保存する期間)保存し、その後自動的に削除します。',
    tables: ['payee_identities'],
  },
  {
    id: 'safety',
    title: '安全のための記録',
    items: '確認のため保留した投稿、通報、警告・利用制限とその理由、退会した会員との照合用の記録(復元できない形)',
    purpose: '直接取引や迷惑行為を防ぎ、会員を守るため(利用規約 第7条・第8条)',
    retention: '退会から5年間(直接取引の禁止が退会後5年間続くため)。その後は自動的に削除します。',
    tables: ['held_items', 'reports', 'moderation_actions', 'account_restrictions', 'member_flags', 'former_members'],
  },
  {
    id: 'consultation',
    title: '相談窓口へのご相談',
    items: 'ハラスメントや取引条件などについてのご相談の内容、対象の契約、運営からの回答',
    purpose:
      'ご相談に対応するため(特定受託事業者に係る取引の適正化等に関する法律 第14条)。ご相談の内容は取引の相手方には一切知らせません。',
    retention: '退会まで。退会時にご相談の内容と回答を削除し、相談を受け付けて対応した記録(種類・状態・日付)のみ残します。',
    tables: ['consultations'],
  },
  {
    id: 'withdrawal',
    title: '退会の手続き',
    items: '退会の予約、退会を取り消すための一時的な記録(暗号化)',
    purpose: '退会の手続きを進め、取り消しのお申し出に応じるため',
    retention: '取り消しできる期間(既定14日)が終わるまで。退会理由は、ご本人と結びつかない形でのみ残します。',
    tables: ['withdrawal_vault', 'scheduled_withdrawals'],
  },
];
