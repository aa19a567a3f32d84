// Recognising PostgreSQL errors by SQLSTATE, the same on PGlite and on a server.

function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function constraintName(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { constraint?: unknown; detail?: unknown; message?: unknown };
  if (typeof e.constraint === 'string') return e.constraint;
  const m = typeof e.message === 'string' ? /constraint "([^"]+)"/.exec(e.message) : null;
  return m?.[1];
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (sqlState(error) !== '23505') return false;
  return constraint === undefined || constraintName(error) === constraint;
}

export function isSerializationFailure(error: unknown): boolean {
  const state = sqlState(error);
  return state === '40001' || state === '40P01';
}

// Errors from losing the connection rather than from the statement: node-postgres and
// Node's own socket errors carry no SQLSTATE.
const CONNECTION_LOST_MESSAGES = [
  'Connection terminated',
  'is not queryable',
  'Client was closed',
  'timeout exceeded when trying to connect',
];
const CONNECTION_LOST_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);

/**
 * True when the database connection was lost or could not be opened: the server shut the
 * backend down (57P01 administrator command, 57P02 crash of another backend, 57P03 not yet
 * accepting connections), a connection exception (class 08), or the socket closed. The
 * transaction did not commit (the server rolls back a transaction whose session ends), so
 * the request can be sent again.
 */
export function isConnectionLost(error: unknown): boolean {
  const state = sqlState(error);
  if (state === '57P01' || state === '57P02' || state === '57P03' || state?.startsWith('08')) return true;
  if (state && CONNECTION_LOST_NODE_CODES.has(state)) return true;
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' && CONNECTION_LOST_MESSAGES.some((m) => message.includes(m));
}
