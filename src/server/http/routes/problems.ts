// The problem type URIs (`/api/problems/<code>`) resolve to their description.
import { z } from 'zod';
import { isProblemCode, PROBLEMS } from '../../../shared/errors';
import { negotiateLang, sendProblem } from '../problem';
import type { App } from './types';

export function problemRoutes(app: App) {
  app.get(
    '/api/problems',
    { schema: { tags: ['system'], summary: 'Every problem code with its status and messages' } },
    async () => Object.entries(PROBLEMS).map(([code, p]) => ({ code, status: p.status, ja: p.ja, en: p.en })),
  );
  app.get(
    '/api/problems/:code',
    { schema: { tags: ['system'], summary: 'One problem code', params: z.object({ code: z.string().max(60) }) } },
    async (request, reply) => {
      const { code } = request.params;
      if (!isProblemCode(code)) return sendProblem(request, reply, 'not-found');
      const lang = negotiateLang(request.headers['accept-language']);
      return { code, status: PROBLEMS[code].status, ...PROBLEMS[code][lang] };
    },
  );
}
