import { describe, expect, it } from 'vitest';
import { accountsJa } from './areas/accounts.ja';
import { appJa } from './areas/app.ja';
import { applicationsJa } from './areas/applications.ja';
import { competitionsJa } from './areas/competitions.ja';
import { jobsJa } from './areas/jobs.ja';
import { messagesJa } from './areas/messages.ja';
import { notificationsJa } from './areas/notifications.ja';
import { offersJa } from './areas/offers.ja';
import { withdrawalJa } from './areas/withdrawal.ja';
import { en } from './en';
import { ja } from './ja';

/** Every text of a catalogue by its key path (`jobs.edit`). */
function texts(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, text] of texts(value as object, `${path}.`)) out.set(p, text);
  }
  return out;
}

describe('the web text catalogue', () => {
  it('assembles areas whose top-level keys do not overlap', () => {
    const spread = [
      appJa,
      accountsJa,
      withdrawalJa,
      jobsJa,
      applicationsJa,
      offersJa,
      competitionsJa,
      messagesJa,
      notificationsJa,
    ];
    const keys = spread.flatMap((area) => Object.keys(area));
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(Object.hasOwn(ja, key)).toBe(true);
  });

  it('has the same texts, with the same parameters, in Japanese and English', () => {
    const jaTexts = texts(ja);
    const enTexts = texts(en);
    expect([...enTexts.keys()].sort()).toEqual([...jaTexts.keys()].sort());
    const params = (text: string) => [...text.matchAll(/\{\{(\w+)/g)].map((m) => m[1]).sort();
    const differ = [...jaTexts].filter(([path, text]) => params(text).join() !== params(enTexts.get(path) ?? '').join());
    expect(differ.map(([path]) => path)).toEqual([]);
  });
});
