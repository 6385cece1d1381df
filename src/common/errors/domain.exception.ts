import { type Msg, english, msg, type Thing } from '../../../workflows';
import type { Text } from '../i18n/localise';
import { ErrorCode } from './error-code';

/** A bad field: the reason as a catalogue message (rendered in the reader's language). */
export interface FieldError {
  field: string;
  reason: Text;
}

const englishOf = (text: Text): string => (typeof text === 'string' ? text : english(text));

/**
 * Every expected failure is one of these: a code from the enum, a human sentence (a catalogue
 * message, rendered per request by the filter; `message` holds its English for logs), and
 * extension members that become part of the RFC 7807 body (e.g. `allowedEvents`, `guards`).
 */
export class DomainException extends Error {
  readonly msg?: Msg;

  constructor(
    readonly code: ErrorCode,
    message: Text,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(englishOf(message));
    if (typeof message !== 'string') this.msg = message;
  }

  static validation(errors: FieldError[]): DomainException {
    const lines = errors.map((e) =>
      msg('problem.fieldReason', { field: e.field, reason: e.reason }),
    );
    return new DomainException(
      ErrorCode.VALIDATION_FAILED,
      msg('problem.validation', { errors: lines }),
      { errors },
    );
  }

  static notFound(what: Thing, id: string): DomainException {
    return new DomainException(ErrorCode.NOT_FOUND, msg('notFound', { what, id }));
  }

  static unauthenticated(reason: Text): DomainException {
    return new DomainException(ErrorCode.UNAUTHENTICATED, reason);
  }

  static forbidden(message: Text, extensions: Record<string, unknown> = {}): DomainException {
    return new DomainException(ErrorCode.FORBIDDEN, message, extensions);
  }
}
