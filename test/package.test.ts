// Every installed package must run on the oldest Node.js that package.json's `engines`
// promises: otherwise `npm ci` warns on a machine that meets our own requirement, and a
// package may really need a newer runtime (an ESM-only package loaded with require()).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Version = [number, number, number];

function parseVersion(text: string): Version {
  const [major = 0, minor = 0, patch = 0] = text
    .replace(/^v/, '')
    .split('.')
    .map((part) => (part === 'x' || part === '*' ? 0 : Number.parseInt(part, 10) || 0));
  return [major, minor, patch];
}

function compare(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** One comparator of a range (">=20.19", "^22.13.0", "20", "10.x") against a version. */
function satisfiesComparator(version: Version, comparator: string): boolean {
  const match = /^(>=|<=|>|<|\^|~|=)?\s*v?([\d.x*]+)$/.exec(comparator.trim());
  if (!match) throw new Error(`unreadable engines comparator: ${comparator}`);
  const [, op = '', text = ''] = match;
  const bound = parseVersion(text);
  const parts = text.split('.').filter((part) => part !== 'x' && part !== '*').length;
  const c = compare(version, bound);
  switch (op) {
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    case '<':
      return c < 0;
    case '^':
      return c >= 0 && version[0] === bound[0];
    case '~':
      return c >= 0 && version[0] === bound[0] && version[1] === bound[1];
    default:
      // "20", "20.19", "10.x": a partial version matches everything under it.
      return version.slice(0, parts).every((n, i) => n === bound[i]);
  }
}

function satisfies(version: string, range: string): boolean {
  const v = parseVersion(version);
  return range
    .split('||')
    .some((alternative) =>
      (alternative.trim().match(/(>=|<=|>|<|\^|~|=)?\s*v?[\d.x*]+/g) ?? []).every((c) => satisfiesComparator(v, c)),
    );
}

describe('Node.js engines', () => {
  it('reads the ranges packages declare', () => {
    expect(satisfies('20.19.0', '>=20.19')).toBe(true);
    expect(satisfies('20.19.0', '>=22')).toBe(false);
    expect(satisfies('20.19.0', '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies('20.19.0', '^20.0.0 || ^22.0.0 || >=24.0.0')).toBe(true);
    expect(satisfies('20.19.0', '18 || 20 || >=22')).toBe(true);
    expect(satisfies('20.19.0', '>=16 || 14 >=14.17')).toBe(true);
    expect(satisfies('20.19.0', '>= 10.x')).toBe(true);
    expect(satisfies('20.19.0', '^18.0.0')).toBe(false);
    expect(satisfies('20.19.0', '20.20')).toBe(false);
  });

  it('every locked package runs on the oldest Node.js package.json promises', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    const oldest = /^>=\s*([\d.]+)$/.exec(pkg.engines.node)?.[1];
    expect(oldest, 'engines.node is a plain lower bound').toBeTruthy();
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([, entry]) => entry.engines && !Array.isArray(entry.engines) && entry.engines.node)
      .filter(([, entry]) => !satisfies(oldest as string, (entry.engines as { node: string }).node))
      .map(([name, entry]) => `${name} (${(entry.engines as { node: string }).node})`);
    expect(refusing).toEqual([]);
  });
});

describe('licence', () => {
  it('the repository carries the licence package.json names', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { license: string };
    expect(pkg.license).toBe('MIT');
    const text = readFileSync('LICENSE', 'utf8');
    expect(text.split('\n')[0]).toBe('MIT License');
    expect(text).toContain('THE SOFTWARE IS PROVIDED "AS IS"');
  });
});
