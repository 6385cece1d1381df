/** Stable `code` values of problem details (API.md, EVENTS.md "Answers to a rejected event"). */
export enum ErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  ALREADY_EXISTS = 'ALREADY_EXISTS',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  GUARD_FAILED = 'GUARD_FAILED',
  INVALID_PAYLOAD = 'INVALID_PAYLOAD',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The database is down, unreachable or timed out: retry after Retry-After seconds. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL = 'INTERNAL',
  /** A body over the size limit (issue 13: 413, not 400). */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** A cookie-signed-in POST/PUT/PATCH/DELETE without the matching X-CSRF-Token header. */
  CSRF_TOKEN_INVALID = 'CSRF_TOKEN_INVALID',
  /** An admin set this officer's password: only /auth/me, /auth/password, /auth/logout until changed. */
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
  /** Too many failed sign-ins for this officer id: retry after Retry-After seconds. */
  SIGN_IN_LOCKED = 'SIGN_IN_LOCKED',
}

/** One place decides the HTTP status of each code; the switch is exhaustive. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.VALIDATION_FAILED:
      return 400;
    case ErrorCode.UNAUTHENTICATED:
      return 401;
    case ErrorCode.FORBIDDEN:
    case ErrorCode.CSRF_TOKEN_INVALID:
    case ErrorCode.PASSWORD_CHANGE_REQUIRED:
      return 403;
    case ErrorCode.NOT_FOUND:
      return 404;
    case ErrorCode.ALREADY_EXISTS:
    case ErrorCode.ILLEGAL_TRANSITION:
    case ErrorCode.VERSION_CONFLICT:
      return 409;
    case ErrorCode.GUARD_FAILED:
    case ErrorCode.INVALID_PAYLOAD:
    case ErrorCode.IDEMPOTENCY_KEY_REUSED:
      return 422;
    case ErrorCode.RATE_LIMITED:
    case ErrorCode.SIGN_IN_LOCKED:
      return 429;
    case ErrorCode.INTERNAL:
      return 500;
    case ErrorCode.SERVICE_UNAVAILABLE:
      return 503;
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return 413;
  }
}
