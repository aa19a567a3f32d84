import type { Blocker as DomainBlocker } from '../../../domain/withdrawal/eligibility';
import type { Blocker } from '../../../shared/api/withdrawal';
import type { Lang } from '../../../shared/errors';

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
      expectedAt: item.expectedAt?.toISOString() ?? null,
      expectedBy: item.expectedAt ? (item.expectedBy ?? 'transfer') : null,
      followedBy: (item.followedBy ?? []).map((f) => ({ code: f.code, itemId: f.itemId, note: f.note[lang] })),
      resolve: item.resolve
        ? {
            method: 'POST' as const,
            href: item.resolve.href,
            label: item.resolve.label[lang],
            confirm: item.resolve.confirm[lang],
            done: item.resolve.done[lang],
            startsWait: item.resolve.startsWait?.[lang] ?? null,
          }
        : null,
    })),
    resolve: { label: rule.resolve.label[lang], link: rule.resolve.link },
    clearsAt: blocker.clearsAt?.toISOString() ?? null,
  };
}
