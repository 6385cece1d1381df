import { ErrorCode } from './error-code';

export interface FieldError {
  field: string;
  reason: string;
}

/**
 * Every expected failure is one of these: a code from the enum, a human sentence, and extension
 * members that become part of the RFC 7807 body (e.g. `allowedEvents`, `guards`, `errors`).
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }

  static validation(errors: FieldError[]): DomainException {
    const summary = errors.map((e) => `${e.field}: ${e.reason}`).join('; ');
    return new DomainException(ErrorCode.VALIDATION_FAILED, summary, { errors });
  }

  static notFound(what: string, id: string): DomainException {
    return new DomainException(ErrorCode.NOT_FOUND, `${what} ${id} does not exist`);
  }

  static unauthenticated(reason: string): DomainException {
    return new DomainException(ErrorCode.UNAUTHENTICATED, reason);
  }

  static forbidden(message: string, extensions: Record<string, unknown> = {}): DomainException {
    return new DomainException(ErrorCode.FORBIDDEN, message, extensions);
  }
}
