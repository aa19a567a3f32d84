// The problem type URIs (`/api/problems/<code>`) resolve to their description.
import { z } from 'zod';
import { isProblemCode, PROBLEMS } from '../../../shared/errors';
import { negotiateLang, sendProblem } from '../problem';
import type { App } from './types';

const Texts = z.object({ title: z.string(), detail: z.string() });
const ProblemType = z.object({ code: z.string(), status: z.number().int(), ja: Texts, en: Texts });
const ProblemTypeText = z.object({ code: z.string(), status: z.number().int(), title: z.string(), detail: z.string() });

export function problemRoutes(app: App) {
  app.get(
    '/api/problems',
    {
      schema: {
        tags: ['system'],
        summary: 'Every problem code with its status and messages',
        response: { 200: z.array(ProblemType) },
      },
    },
    async () => Object.entries(PROBLEMS).map(([code, p]) => ({ code, status: p.status, ja: p.ja, en: p.en })),
  );
  app.get(
    '/api/problems/:code',
    {
      schema: {
        tags: ['system'],
        summary: 'One problem code in the language asked for',
        params: z.object({ code: z.string().max(60) }),
        response: { 200: ProblemTypeText },
      },
    },
    async (request, reply) => {
      const { code } = request.params;
      if (!isProblemCode(code)) return sendProblem(request, reply, 'not-found');
      const lang = negotiateLang(request.headers['accept-language']);
      return { code, status: PROBLEMS[code].status, ...PROBLEMS[code][lang] };
    },
  );
}
