import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUARDED_USE_CASES } from './guarded-use-cases';

const ROOT = join(import.meta.dirname, '../use-cases');

/** The capabilities each use case file checks, read from its calls to assertNotRestricted. */
function checkedCapabilities(): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const area of readdirSync(ROOT)) {
    for (const file of readdirSync(join(ROOT, area))) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const text = readFileSync(join(ROOT, area, file), 'utf8');
      const caps = [...text.matchAll(/assertNotRestricted\([^)]*'(post|message|buy)'/g)].map((m) => m[1] as string);
      if (caps.length > 0) found[`${area}/${file.replace(/\.ts$/, '')}`] = [...new Set(caps)].sort();
    }
  }
  return found;
}

describe('the use cases a restriction stops', () => {
  it('are exactly the listed ones, each checking the listed capabilities', () => {
    const listed = Object.fromEntries(Object.entries(GUARDED_USE_CASES).map(([k, v]) => [k, [...v].sort()]));
    expect(checkedCapabilities()).toEqual(listed);
  });

  it('a posting restriction stops task submissions and competition entries', () => {
    expect(GUARDED_USE_CASES['tasks/submit-task']).toContain('post');
    expect(GUARDED_USE_CASES['competitions/submit-entry']).toContain('post');
  });
});
