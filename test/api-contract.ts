// Every response the integration tests receive is checked against the API document the
// app serves: the status must be one the operation documents, the media type one it
// lists for that status, and a JSON body must match the schema. A response that breaks
// the contract fails the request (and so the test) with what differs.

import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

interface Response {
  $ref?: string;
  content?: Record<string, { schema?: unknown }>;
}
interface Operation {
  responses: Record<string, Response>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components?: { responses?: Record<string, Response> };
}

const BASE = 'https://yorozu.test/openapi.json';
const pointerPart = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

export class ApiContract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly routes: { method: string; template: string; regex: RegExp; params: number }[] = [];

  constructor(private readonly document: Document) {
    addFormats.default(this.ajv);
    this.ajv.addSchema({ $id: BASE, ...document });
    for (const [template, methods] of Object.entries(document.paths)) {
      const pattern = template.replace(/[.+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
      for (const method of Object.keys(methods)) {
        this.routes.push({ method, template, regex: new RegExp(`^${pattern}$`), params: template.split('{').length });
      }
    }
    // A literal segment wins over a parameter (…/sessions/revoke-others over …/sessions/{id}).
    this.routes.sort((a, b) => a.params - b.params);
  }

  /** What breaks the contract in one answer, or null. */
  check(method: string, url: string, res: LightMyRequestResponse): string | null {
    const path = url.split('?')[0] ?? url;
    const route = this.routes.find((r) => r.method === method.toLowerCase() && r.regex.test(path));
    if (!route) return null; // not an operation of the document (unknown path, 405, web app)
    const label = `${method} ${route.template} → ${res.statusCode}`;
    const operation = this.document.paths[route.template]?.[route.method] as Operation;
    let status = String(res.statusCode);
    let response = operation.responses[status];
    if (!response) return `${label}: status not documented (${res.body.slice(0, 200)})`;
    let pointer = `#/paths/${pointerPart(route.template)}/${route.method}/responses/${status}`;
    if (response.$ref) {
      status = response.$ref.split('/').at(-1) ?? '';
      pointer = response.$ref;
      response = this.document.components?.responses?.[status] ?? {};
    }
    if (method === 'HEAD' || res.statusCode === 204) return null;
    const media = String(res.headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim();
    const content = response.content ?? {};
    const documented = Object.keys(content);
    const key = media && content[media] ? media : documented.includes('*/*') ? '*/*' : null;
    if (!key) return `${label}: media type ${media} not documented (${documented.join(', ')})`;
    if (!/json$/.test(key)) return null;
    const validate = this.validator(`${pointer}/content/${pointerPart(key)}/schema`);
    if (validate(res.json())) return null;
    return `${label}: body does not match the schema: ${this.ajv.errorsText(validate.errors, { separator: '; ' })} (${res.body.slice(0, 300)})`;
  }

  private validator(pointer: string): ValidateFunction {
    let found = this.validators.get(pointer);
    if (!found) {
      found = this.ajv.compile({ $ref: `${BASE}${pointer}` });
      this.validators.set(pointer, found);
    }
    return found;
  }
}

/**
 * Off while a race test's negative control runs with a guard switched off: the broken
 * outcomes it provokes on purpose (a deadlock, a constraint refusing a double write) are
 * not the API's documented behaviour.
 */
export const contractChecks = { enabled: true };

/** Makes `app.inject` check every answer against the app's own document. */
export async function checkResponsesAgainstDocument(app: FastifyInstance): Promise<void> {
  const contract = new ApiContract(app.swagger() as unknown as Document);
  const inject = app.inject.bind(app);
  const checked = async (options: InjectOptions | string) => {
    const res = await inject(options as InjectOptions);
    if (!contractChecks.enabled) return res;
    const { method = 'GET', url = '/' } = typeof options === 'string' ? { url: options } : options;
    const broken = contract.check(String(method).toUpperCase(), String(url), res);
    if (broken) throw new Error(`The answer breaks the API document: ${broken}`);
    return res;
  };
  app.inject = ((options?: InjectOptions | string) => (options === undefined ? inject() : checked(options))) as typeof app.inject;
}
