/** Seconds a client is told to wait before retrying while the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

// SQLSTATE classes and codes that mean "the database cannot serve now", not "the request is bad":
// 08 connection exceptions, 53 insufficient resources, 57P01-03 shutting down / starting up,
// 57014 statement_timeout tripped (a frozen or overloaded server), 55P03 lock_timeout tripped.
const SQLSTATES = /^(08...|53...|57P0[1-3]|57014|55P03)$/;
const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /query read timeout/i,
  /is not queryable/i,
  /ECONNREFUSED/,
];
const TYPEORM = new Set([
  'CannotExecuteNotConnectedError',
  'ConnectionIsNotSetError',
  'CannotConnectAlreadyConnectedError',
]);

function codeOf(e: object): string | undefined {
  const own = (e as { code?: unknown }).code;
  if (typeof own === 'string') return own;
  const driver = (e as { driverError?: { code?: unknown } }).driverError;
  return typeof driver?.code === 'string' ? driver.code : undefined;
}

/** True when an error means the database is down, unreachable, frozen or shutting down (503). */
export function isDatabaseUnavailable(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 3) return false;
  const code = codeOf(e);
  if (code && (SQLSTATES.test(code) || NETWORK.has(code))) return true;
  if (e instanceof Error) {
    if (TYPEORM.has(e.name) || MESSAGES.some((m) => m.test(e.message))) return true;
    // Node's AggregateError (every address refused) and errors wrapping a cause.
    const nested = [
      ...((e as { errors?: unknown[] }).errors ?? []),
      (e as { cause?: unknown }).cause,
      (e as { driverError?: unknown }).driverError,
    ];
    return nested.some((n) => n !== e && isDatabaseUnavailable(n, depth + 1));
  }
  return false;
}
