// A small demo marketplace: clients and workers with real-looking Japanese profiles, and
// one staff account. Used by `npm start` on an empty database and by `yorozu seed --demo`.
import type { Intent, Occupation, TimeOfDay } from '../../shared/labels';
import { assertDemoSeedAllowed } from '../config';
import type { Deps } from '../deps';
import { workerIndexValues } from '../discovery/worker-index';
import { hashPassword } from '../security/passwords';
import { createStaff } from '../use-cases/accounts/create-staff';
import { seedDemoContracts } from './demo-contracts';
import { demoRegisteredAt, seedDemoHistory } from './demo-history';
import { seedDemoOrders } from './demo-orders';
import { seedDemoQuote } from './demo-quotes';
import { seedDemoSavedSearches } from './demo-saved-searches';
import { seedDemoServices } from './demo-services';
import { seedDemoTaskWork } from './demo-task-work';
import { seedDemoTips } from './demo-tips';
import { seedDemoWork } from './demo-work';

export const DEMO_PASSWORD = 'yorozu-demo-2026';

interface DemoUser {
  username: string;
  displayName: string;
  email: string;
  intent: Intent;
  role: string;
  profile: {
    bio: string;
    skills: string[];
    occupation: Occupation;
    hoursPerWeek: number;
    homeOnly: boolean;
    timesOfDay: TimeOfDay[];
    prefecture: string;
    portfolioLinks: string[];
  };
}

export const DEMO_USERS: DemoUser[] = [
  {
    username: 'sato_hanako',
    displayName: '佐藤 花子',
    email: 'hanako@demo.yorozu.localhost',
    intent: 'work',
    role: '受注者(主婦・ライター)',
    profile: {
      bio: '二児の母です。子どもが学校に行っている時間を中心に、ブログ記事や商品レビューのライティングをしています。\n美容・育児・料理のジャンルが得意です。納期は必ず守ります。',
      skills: ['ライティング', 'SEO記事', '商品レビュー', 'WordPress入稿'],
      occupation: 'homemaker',
      hoursPerWeek: 15,
      homeOnly: true,
      timesOfDay: ['daytime'],
      prefecture: '11',
      portfolioLinks: ['https://example.com/hanako/portfolio'],
    },
  },
  {
    username: 'suzuki_ichiro',
    displayName: '鈴木 一郎',
    email: 'ichiro@demo.yorozu.localhost',
    intent: 'work',
    role: '受注者(フリーランスエンジニア)',
    profile: {
      bio: 'Web エンジニア歴 12 年のフリーランスです。TypeScript / React / Node.js での業務システム開発、既存サイトの改修を承ります。',
      skills: ['TypeScript', 'React', 'Node.js', 'PostgreSQL', 'AWS'],
      occupation: 'freelance',
      hoursPerWeek: 30,
      homeOnly: true,
      timesOfDay: ['daytime', 'evening'],
      prefecture: '13',
      portfolioLinks: ['https://example.com/ichiro'],
    },
  },
  {
    username: 'takahashi_mei',
    displayName: '高橋 芽衣',
    email: 'mei@demo.yorozu.localhost',
    intent: 'work',
    role: '受注者(学生・デザイン)',
    profile: {
      bio: '美術大学でグラフィックデザインを学んでいます。ロゴ、バナー、SNS 用の画像制作が得意です。',
      skills: ['ロゴデザイン', 'バナー制作', 'Illustrator', 'Figma'],
      occupation: 'student',
      hoursPerWeek: 10,
      homeOnly: false,
      timesOfDay: ['evening', 'weekend'],
      prefecture: '27',
      portfolioLinks: [],
    },
  },
  {
    username: 'tanaka_shoji',
    displayName: '田中商事 株式会社',
    email: 'tanaka@demo.yorozu.localhost',
    intent: 'order',
    role: '発注者(中小企業)',
    profile: {
      bio: '愛知県で業務用食品の卸売をしています。自社サイトの記事作成や、受発注システムの改修をお願いできる方を探しています。',
      skills: [],
      occupation: 'executive',
      hoursPerWeek: 40,
      homeOnly: false,
      timesOfDay: ['daytime'],
      prefecture: '23',
      portfolioLinks: ['https://example.com/tanaka-shoji'],
    },
  },
  {
    username: 'yamamoto_ken',
    displayName: '山本 健',
    email: 'ken@demo.yorozu.localhost',
    intent: 'both',
    role: '発注者・受注者(会社員・副業)',
    profile: {
      bio: '会社員をしながら、週末に動画編集を請け負っています。個人で運営している料理ブログの記事作成も依頼しています。',
      skills: ['動画編集', 'Premiere Pro', 'YouTube'],
      occupation: 'employee',
      hoursPerWeek: 8,
      homeOnly: true,
      timesOfDay: ['night', 'weekend'],
      prefecture: '01',
      portfolioLinks: [],
    },
  },
];

export const DEMO_STAFF = {
  username: 'ops_kobayashi',
  displayName: '小林(運営事務局)',
  email: 'staff@demo.yorozu.localhost',
};

/** A second staff member (moderator): an appeal is decided by someone other than the one who restricted. */
export const DEMO_MODERATOR = {
  username: 'ops_mori',
  displayName: '森(運営事務局・審査)',
  email: 'moderator@demo.yorozu.localhost',
};

/** True when the demo accounts exist already. */
export async function demoSeeded(deps: Deps): Promise<boolean> {
  const row = await deps.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', DEMO_USERS[0]?.username ?? '')
    .executeTakeFirst();
  return row !== undefined;
}

export async function isDatabaseEmpty(deps: Deps): Promise<boolean> {
  const row = await deps.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/** Creates the demo accounts; does nothing when they exist. */
export async function seedDemo(deps: Deps): Promise<boolean> {
  assertDemoSeedAllowed(deps.config.mode);
  if (await demoSeeded(deps)) return false;
  const now = deps.clock();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids: Record<string, string> = {};
  await deps.db.transaction().execute(async (trx) => {
    for (const [index, u] of DEMO_USERS.entries()) {
      const user = await trx
        .insertInto('users')
        .values({
          username: u.username,
          email: u.email,
          password_hash: passwordHash,
          display_name: u.displayName,
          intent: u.intent,
          email_verified_at: now,
          terms_accepted_at: demoRegisteredAt(now, index, DEMO_USERS.length),
          created_at: demoRegisteredAt(now, index, DEMO_USERS.length),
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids[u.username] = user.id;
      await trx
        .insertInto('profiles')
        .values({
          user_id: user.id,
          bio: u.profile.bio,
          skills: u.profile.skills,
          occupation: u.profile.occupation,
          hours_per_week: u.profile.hoursPerWeek,
          home_only: u.profile.homeOnly,
          times_of_day: u.profile.timesOfDay,
          prefecture: u.profile.prefecture,
          portfolio_links: u.profile.portfolioLinks,
          updated_at: now,
          ...workerIndexValues({
            displayName: u.displayName,
            username: u.username,
            skills: u.profile.skills,
            bio: u.profile.bio,
          }),
        })
        .execute();
    }
  });
  const staff = await createStaff(deps, { ...DEMO_STAFF, password: DEMO_PASSWORD, role: 'admin' });
  await createStaff(deps, { ...DEMO_MODERATOR, password: DEMO_PASSWORD, role: 'moderator' });
  const work = await seedDemoWork(deps, ids);
  if (work) await seedDemoContracts(deps, ids, work, staff.userId);
  await seedDemoTaskWork(deps, ids);
  await seedDemoServices(deps, ids);
  await seedDemoOrders(deps, ids);
  await seedDemoQuote(deps, ids);
  await seedDemoTips(deps, ids, staff.userId);
  await seedDemoSavedSearches(deps, ids);
  await seedDemoHistory(deps);
  return true;
}

export function demoLoginsText(publicUrl: string): string {
  const rows = [
    ...DEMO_USERS.map((u) => [u.email, u.role] as const),
    [DEMO_STAFF.email, '運営スタッフ(admin)'] as const,
    [DEMO_MODERATOR.email, '運営スタッフ(moderator・通報と利用制限の審査)'] as const,
  ];
  const width = Math.max(...rows.map(([e]) => e.length));
  return [
    `デモ用アカウント(パスワードはすべて ${DEMO_PASSWORD}) — ${publicUrl}/login`,
    ...rows.map(([email, role]) => `  ${email.padEnd(width)}  ${role}`),
  ].join('\n');
}
