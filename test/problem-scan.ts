// Which problem codes each operation of the API can answer, read from the source: the
// route's handler, the functions of its file that the handler calls, and every module
// these import at run time (type-only imports are not followed), transitively within
// src/server and src/domain. A code counts where its catalogue key stands as a string
// literal in one of those modules. The result is an over-estimate by design: a code the
// operation may answer is never left out for want of a test that provokes it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { PROBLEMS } from '../src/shared/errors';

const ROOT = path.resolve(import.meta.dirname, '..');
const ROUTES = path.join(ROOT, 'src/server/http/routes');
const FOLLOW = [path.join(ROOT, 'src/server'), path.join(ROOT, 'src/domain')];
/**
 * Modules not followed: the list of codes itself, the HTTP layer's own plumbing (its generic
 * answers are documented from the route's options), and the table definitions, which every
 * repository imports and which answer nothing.
 */
const SKIP = [
  path.join(ROOT, 'src/domain/problem-codes.ts'),
  path.join(ROOT, 'src/server/http'),
  path.join(ROOT, 'src/server/db/schema'),
];
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);
const CODES = new Set(Object.keys(PROBLEMS));

interface Module {
  source: ts.SourceFile;
  /** Run-time imports: local name → resolved file. */
  imports: Map<string, string>;
}

const modules = new Map<string, Module>();

function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') || candidate.endsWith('.tsx')) {
      if (existsSync(candidate)) return candidate;
    }
  }
  const js = base.replace(/\.js$/, '.ts');
  return existsSync(js) ? js : null;
}

function load(file: string): Module {
  const known = modules.get(file);
  if (known) return known;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const imports = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const typeOnly = ts.isImportDeclaration(statement) ? statement.importClause?.isTypeOnly : statement.isTypeOnly;
    if (typeOnly || !statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const target = resolve(file, statement.moduleSpecifier.text);
    if (!target) continue;
    if (ts.isExportDeclaration(statement)) {
      imports.set(`*re-export ${target}`, target);
      continue;
    }
    const clause = statement.importClause;
    if (!clause) {
      imports.set(`*side-effect ${target}`, target);
      continue;
    }
    if (clause.name) imports.set(clause.name.text, target);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) imports.set(bindings.name.text, target);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) if (!element.isTypeOnly) imports.set(element.name.text, target);
    }
  }
  const loaded = { source, imports };
  modules.set(file, loaded);
  return loaded;
}

const followed = (file: string) => FOLLOW.some((dir) => file.startsWith(dir)) && !SKIP.some((s) => file.startsWith(s));

function literalCodes(node: ts.Node, into: Set<string>): void {
  const visit = (n: ts.Node) => {
    // A literal in a type (\`type Refusal = 'own-job' | …\`) names a code but answers nothing.
    if (ts.isTypeNode(n)) return;
    if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && CODES.has(n.text)) into.add(n.text);
    n.forEachChild(visit);
  };
  visit(node);
}

const ownCodes = new Map<string, Set<string>>();
const closureCodes = new Map<string, Set<string>>();

/** The codes of a module and of everything it imports at run time. */
function codesOfModule(start: string): Set<string> {
  const cached = closureCodes.get(start);
  if (cached) return cached;
  const codes = new Set<string>();
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    const module = load(file);
    let own = ownCodes.get(file);
    if (!own) {
      own = new Set<string>();
      literalCodes(module.source, own);
      ownCodes.set(file, own);
    }
    for (const c of own) codes.add(c);
    for (const target of module.imports.values()) {
      if (followed(target) && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  closureCodes.set(start, codes);
  return codes;
}

/** Names declared in a route file (functions and constants), with the node that declares them. */
function localDeclarations(source: ts.SourceFile): Map<string, ts.Node> {
  const found = new Map<string, ts.Node>();
  const visit = (n: ts.Node) => {
    if (ts.isFunctionDeclaration(n) && n.name) found.set(n.name.text, n);
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) found.set(n.name.text, n.initializer);
    n.forEachChild(visit);
  };
  visit(source);
  return found;
}

/** The codes a handler can answer: its own literals, its file's helpers it calls, and the modules it uses. */
function handlerCodes(handler: ts.Node, file: Module, locals: Map<string, ts.Node>): Set<string> {
  const codes = new Set<string>();
  const seenLocals = new Set<ts.Node>();
  const visitBody = (node: ts.Node) => {
    literalCodes(node, codes);
    const walk = (n: ts.Node) => {
      if (ts.isIdentifier(n)) {
        const target = file.imports.get(n.text);
        if (target && followed(target)) for (const c of codesOfModule(target)) codes.add(c);
        const local = locals.get(n.text);
        if (local && !seenLocals.has(local)) {
          seenLocals.add(local);
          visitBody(local);
        }
      }
      n.forEachChild(walk);
    };
    walk(node);
  };
  visitBody(handler);
  return codes;
}

/** The route's path as a pattern over the document's paths (`:id` → `{id}`, `${x}` → any one segment). */
function pathPattern(node: ts.Expression): RegExp | null {
  const quote = (s: string) => s.replace(/[.+?^$()|[\]\\*]/g, '\\$&').replace(/:(\w+)/g, '\\{$1\\}');
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return new RegExp(`^${quote(node.text)}$`);
  if (ts.isTemplateExpression(node)) {
    let pattern = quote(node.head.text);
    for (const span of node.templateSpans) pattern += `[^/]+${quote(span.literal.text)}`;
    return new RegExp(`^${pattern}$`);
  }
  return null;
}

/** \`app.get(url, options, handler)\` (or \`scope.post(…)\` inside a registered scope). */
function routeCall(n: ts.Node): { method: string; url: ts.Expression; handler: ts.Node } | null {
  if (
    !ts.isCallExpression(n) ||
    !ts.isPropertyAccessExpression(n.expression) ||
    !METHODS.has(n.expression.name.text) ||
    !ts.isIdentifier(n.expression.expression) ||
    !['app', 'scope'].includes(n.expression.expression.text) ||
    n.arguments.length < 2
  ) {
    return null;
  }
  const [url] = n.arguments;
  const handler = n.arguments[n.arguments.length - 1];
  if (!url || !handler) return null;
  return { method: n.expression.name.text.toUpperCase(), url, handler };
}

function findRouteCall(node: ts.Node): ReturnType<typeof routeCall> {
  let found: ReturnType<typeof routeCall> = null;
  const visit = (n: ts.Node) => {
    found ??= routeCall(n);
    if (!found) n.forEachChild(visit);
  };
  visit(node);
  return found;
}

/**
 * Every operation the route files register, as `METHOD /path` of the API document, with the
 * codes found for it. `operations` are the document's keys; a registration whose path cannot
 * be read is reported in `unread`.
 */
export function scanRouteProblems(operations: readonly string[]): { codes: Map<string, Set<string>>; unread: string[] } {
  const result = new Map<string, Set<string>>();
  const unread: string[] = [];
  const files = readdirSync(ROUTES).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const add = (keys: string[], codes: Set<string>) => {
    for (const key of keys) {
      const into = result.get(key) ?? new Set<string>();
      for (const c of codes) into.add(c);
      result.set(key, into);
    }
  };
  const keysOf = (method: string, url: ts.Expression | undefined) => {
    const pattern = url ? pathPattern(url) : null;
    return pattern ? operations.filter((k) => k.startsWith(`${method} `) && pattern.test(k.slice(method.length + 1))) : [];
  };
  for (const name of files) {
    const file = load(path.join(ROUTES, name));
    const locals = localDeclarations(file.source);
    const visit = (n: ts.Node) => {
      const registration = routeCall(n);
      if (registration) {
        const { method, url, handler } = registration;
        // A helper's own registration (\`app.post(path, …)\`) is read where the helper is called.
        if (!ts.isIdentifier(url)) {
          const keys = keysOf(method, url);
          if (keys.length === 0) unread.push(`${name}: ${n.getText().slice(0, 80)}`);
          add(keys, handlerCodes(handler, file, locals));
        }
      }
      // \`contractAction(app, deps, { path: '…', run: … })\`: a local helper that registers the route.
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression)) {
        const helper = locals.get(n.expression.text);
        const spec = n.arguments.find(ts.isObjectLiteralExpression);
        const pathProperty = spec?.properties.find(
          (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === 'path',
        );
        const inner = helper ? findRouteCall(helper) : null;
        if (spec && pathProperty && inner) {
          const keys = keysOf(inner.method, pathProperty.initializer);
          if (keys.length === 0) unread.push(`${name}: ${n.getText().slice(0, 80)}`);
          const codes = handlerCodes(spec, file, locals);
          for (const c of handlerCodes(inner.handler, file, locals)) codes.add(c);
          add(keys, codes);
        }
      }
      n.forEachChild(visit);
    };
    visit(file.source);
  }
  return { codes: result, unread };
}
