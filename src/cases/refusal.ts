import { isCatalogueEvent, msg, type GuardFailure, type Refused } from '../../workflows';
import { DomainException } from '../common/errors/domain.exception';
import { ErrorCode } from '../common/errors/error-code';

/** The detail of a GUARD_FAILED answer: `G12: …; G13: …`. */
function guardsFailed(guards: GuardFailure[]) {
  const failures = guards.map((g) => msg('problem.guardLine', { id: g.id, message: g.msg }));
  return msg('problem.guardFailed', { failures });
}

/**
 * The machine's refusal as the problem details of EVENTS.md "Answers to a rejected event". An
 * unknown event `type` is bad input (400), whatever the machine says of it.
 */
export function refusalToException(r: Refused, type?: string): DomainException {
  if (type !== undefined && !isCatalogueEvent(type)) {
    return DomainException.validation([
      { field: 'type', reason: msg('event.unknownType', { type }) },
    ]);
  }
  switch (r.code) {
    case 'ILLEGAL_TRANSITION':
      return new DomainException(ErrorCode.ILLEGAL_TRANSITION, r.msg, {
        stage: r.stage,
        allowedEvents: r.allowedEvents,
        waitingFor: r.waitingFor,
      });
    case 'FORBIDDEN':
      return DomainException.forbidden(r.msg, {
        ...(r.missingRole ? { missingRole: r.missingRole } : {}),
        ...(r.conflict ? { conflict: r.conflict } : {}),
      });
    case 'GUARD_FAILED':
      return new DomainException(ErrorCode.GUARD_FAILED, guardsFailed(r.guards), {
        guards: r.guards,
        waitingFor: r.waitingFor,
      });
    case 'INVALID_PAYLOAD':
      return DomainException.validation(
        r.errors.map((e) => ({
          field: e.field.startsWith('payload') ? e.field : `payload.${e.field}`,
          reason: e.msg,
        })),
      );
  }
}
