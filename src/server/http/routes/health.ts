import { z } from 'zod';
import type { Database } from '../../db/database';
import type { App } from './types';

export function healthRoutes(app: App, database: Database) {
  app.get(
    '/api/v1/health',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database reachability',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.object({ kind: z.string(), reachable: z.boolean() }) }),
          503: z.object({ status: z.literal('degraded'), database: z.object({ kind: z.string(), reachable: z.boolean() }) }),
        },
      },
    },
    async (_request, reply) => {
      const reachable = await database.ping();
      if (!reachable) return reply.code(503).send({ status: 'degraded' as const, database: { kind: database.kind, reachable } });
      return { status: 'ok' as const, database: { kind: database.kind, reachable } };
    },
  );
}
