// Explicit whitelists of what leaves the server.
import type { Blocker as DomainBlocker } from '../../domain/withdrawal/eligibility';
import type { Me } from '../../shared/api/accounts';
import type { Blocker } from '../../shared/api/withdrawal';
import type { Lang } from '../../shared/errors';
import type { SessionUser } from '../db/repositories/sessions';
import type { UserRow } from '../db/repositories/users';

export function presentMe(user: SessionUser['user'] | UserRow): Me {
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name ?? '',
    email: user.email ?? '',
    emailVerified: user.email_verified_at !== null,
    intent: user.intent,
    staffRole: user.staff_role,
    createdAt: user.created_at.toISOString(),
  };
}

/** A blocker in the caller's language, as the pre-check and the 409 problem show it. */
export function presentBlocker(blocker: DomainBlocker, lang: Lang): Blocker {
  const { rule } = blocker;
  return {
    code: rule.code,
    role: rule.role,
    title: rule.title[lang],
    explanation: rule.explanation[lang],
    count: blocker.count,
    items: blocker.items.map((item) => ({
      id: item.id,
      title: item.title,
      link: item.link,
      clearsAt: item.clearsAt?.toISOString() ?? null,
      resolve: item.resolve ? { method: 'POST' as const, href: item.resolve.href, label: item.resolve.label[lang] } : null,
    })),
    resolve: { label: rule.resolve.label[lang], link: rule.resolve.link },
    clearsAt: blocker.clearsAt?.toISOString() ?? null,
  };
}
