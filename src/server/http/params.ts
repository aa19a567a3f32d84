// Path parameters. An id that is not even well-formed names nothing: 404, never a
// database error.
import { z } from 'zod';
import { AppError } from '../../domain/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const IdParams = z.object({ id: z.string().max(100) });

export function uuidOr404(id: string): string {
  if (!UUID.test(id)) throw new AppError('not-found');
  return id.toLowerCase();
}
