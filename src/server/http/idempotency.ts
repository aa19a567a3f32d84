// Idempotency-Key for money-moving POSTs. The key is claimed (a row per user and key) in
// the same transaction as the change; the answer is stored there too. A retry with the
// same key gets the first answer replayed; the same key with another request is a 422.
// A retry that arrives while the first is still running waits on the row and then
// replays. A request that fails stores nothing, so it can be retried with its key.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../domain/errors';
import type { Deps } from '../deps';

const KEY = /^[\x21-\x7e]{1,200}$/;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route takes an Idempotency-Key (and says so in the API document). */
    idempotent?: boolean;
  }
}

export interface Answer<T> {
  status: number;
  body: T;
}

export async function idempotent<T>(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  run: (deps: Deps) => Promise<Answer<T>>,
): Promise<T> {
  if (request.routeOptions.config.idempotent !== true) {
    throw new Error(`${request.routeOptions.url} takes an Idempotency-Key: declare config.idempotent`);
  }
  const header = request.headers['idempotency-key'];
  if (header === undefined) {
    const answer = await run(deps);
    reply.code(answer.status);
    return answer.body;
  }
  if (typeof header !== 'string' || !KEY.test(header)) throw new AppError('idempotency-key-invalid');
  const hash = createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
  const now = deps.clock();
  const answer = await deps.db.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto('idempotency_keys')
      .values({ user_id: userId, key: header, request_hash: hash, status_code: 0, response: 'null', created_at: now })
      .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!claimed) {
      const first = await trx
        .selectFrom('idempotency_keys')
        .select(['request_hash', 'status_code', 'response'])
        .where('user_id', '=', userId)
        .where('key', '=', header)
        .executeTakeFirstOrThrow();
      if (first.request_hash !== hash) throw new AppError('idempotency-key-reused');
      return { status: first.status_code, body: first.response as T, replayed: true };
    }
    const fresh = await run({ ...deps, db: trx });
    await trx
      .updateTable('idempotency_keys')
      .set({ status_code: fresh.status, response: JSON.stringify(fresh.body) })
      .where('user_id', '=', userId)
      .where('key', '=', header)
      .execute();
    return { ...fresh, replayed: false };
  });
  if (answer.replayed) reply.header('Idempotent-Replayed', 'true');
  reply.code(answer.status);
  return answer.body;
}
