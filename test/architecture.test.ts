// The layout rules ARCHITECTURE.md states, checked on the source tree: which layer may
// import which, how long a file and a server function may grow. A rule written only in a
// document drifts; this test fails on the change that breaks it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return /\.(ts|tsx|css)$/.test(entry.name) ? [path] : [];
  });
}

const FILES = walk(SRC).map((path) => relative(ROOT, path));
const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const isCode = (file: string) => /\.tsx?$/.test(file);

/** Data catalogues: texts, error messages, the terms, the data map, generated lists. Long by nature. */
const CATALOGUES = [
  /^src\/web\/i18n\//,
  /^src\/shared\/errors(\.ts|\/)/,
  /^src\/web\/pages\/terms\/terms-(ja|en)\.ts$/,
  /^src\/server\/db\/privacy-map\.ts$/,
  /^src\/domain\/jobs\/categories\.ts$/,
  /^src\/server\/http\/openapi\/problem-codes\.ts$/,
];

/** Released migrations are never edited: their length is history, not design. */
const isMigration = (file: string) => file.startsWith('src/server/db/migrations/');

/** The imports of a file, resolved to paths relative to the repository (project files only). */
function projectImports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)) {
    found.push(relative(ROOT, resolve(dirname(join(ROOT, file)), match[1] ?? '')));
  }
  for (const match of text.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
    found.push(relative(ROOT, resolve(dirname(join(ROOT, file)), match[1] ?? '')));
  }
  return found;
}

function lineCount(file: string): number {
  return readFileSync(join(ROOT, file), 'utf8').trimEnd().split('\n').length;
}

interface LongFunction {
  file: string;
  name: string;
  lines: number;
}

/** Every function (declaration, method, arrow, expression) longer than `max` lines. */
function longFunctions(file: string, max: number): LongFunction[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > max) found.push({ file, name: functionName(node), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function functionName(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '(anonymous)';
}

describe('layers', () => {
  it('the domain imports nothing from the rest of the project', () => {
    const upward = FILES.filter((f) => f.startsWith('src/domain/') && isCode(f)).flatMap((file) =>
      projectImports(file)
        .filter((target) => !target.startsWith('src/domain'))
        .map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('shared code imports only shared code and the domain', () => {
    const upward = FILES.filter((f) => f.startsWith('src/shared/') && isCode(f)).flatMap((file) =>
      projectImports(file)
        .filter((target) => !target.startsWith('src/shared') && !target.startsWith('src/domain'))
        .map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('use cases never import the HTTP layer', () => {
    const upward = FILES.filter((f) => f.startsWith('src/server/use-cases/') && isCode(f) && !isTest(f)).flatMap((file) =>
      projectImports(file)
        .filter((target) => target.startsWith('src/server/http'))
        .map((target) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  it('the web app imports no server code', () => {
    const crossing = FILES.filter((f) => f.startsWith('src/web/') && isCode(f)).flatMap((file) =>
      projectImports(file)
        .filter((target) => target.startsWith('src/server'))
        .map((target) => `${file} → ${target}`),
    );
    expect(crossing).toEqual([]);
  });
});

describe('sizes', () => {
  it('no source file is longer than 300 lines, except data catalogues and tests', () => {
    const long = FILES.filter((f) => !isTest(f) && !CATALOGUES.some((c) => c.test(f)))
      .map((file) => ({ file, lines: lineCount(file) }))
      .filter(({ lines }) => lines > 300)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });

  it('no server function is longer than 80 lines', () => {
    const long = FILES.filter((f) => f.startsWith('src/server/') && isCode(f) && !isTest(f) && !isMigration(f))
      .flatMap((file) => longFunctions(file, 80))
      .map(({ file, name, lines }) => `${file}: ${name} ${lines} lines`);
    expect(long).toEqual([]);
  });
});
