// APL 43 回避: an approver's decision that an officer steps aside from a case. It is an entry of
// the case's log, decided here like every other, but not a step of the procedure: the state, the
// flags and the effects stay as they were; what changes is who may act (G06 reads the recusals).
import { english, msg } from '../messages/catalogue';
import { recusalDenial } from './penalty-case.access';
import { isEventType } from './penalty-case.events';
import { fieldError } from './penalty-case.payload';
import { contextOf, stageOf } from './penalty-case.snapshot';
import type {
  CaseContextView,
  EventEnvelope,
  PersistedCaseSnapshot,
  TransitionResult,
} from './transition.types';
import type { StateValue } from 'xstate';

export const RECORD_RECUSAL = 'RECORD_RECUSAL';

/** An event of EVENTS.md, or the recusal entry (the only entry sent by its own endpoint). */
export function isCatalogueEvent(type: string): boolean {
  return isEventType(type) || type === RECORD_RECUSAL;
}

/**
 * The recusal as an entry: only an approver not recused from the case (G06) decides it, and it
 * names an officer other than themselves. The snapshot
 * comes back as it was (the same object: nothing to restore, nothing to persist again).
 */
export function recordRecusal(
  version: number,
  persisted: PersistedCaseSnapshot,
  envelope: EventEnvelope,
): TransitionResult {
  const context = contextOf(persisted, version);
  const recusal = recusalDenial(envelope.actor, envelope.recusedOfficerIds ?? []);
  if (recusal) return { ok: false, code: 'FORBIDDEN', ...recusal };
  if (!envelope.actor.roles.includes('approver')) {
    const m = msg('access.needsRole', { type: RECORD_RECUSAL, roles: ['approver'] });
    return { ok: false, code: 'FORBIDDEN', message: english(m), msg: m, missingRole: 'approver' };
  }
  const officerId = envelope.payload?.officerId;
  if (typeof officerId !== 'string' || officerId === '') {
    const errors = [fieldError('officerId', msg('field.required'))];
    return { ok: false, code: 'INVALID_PAYLOAD', message: 'officerId is required', errors };
  }
  // Recusing oneself would step out of an act at will; APL 43 has it decided by another.
  if (officerId === envelope.actor.id) {
    const m = msg('access.selfRecusal', { id: officerId });
    return { ok: false, code: 'FORBIDDEN', message: english(m), msg: m, conflict: 'SELF_RECUSAL' };
  }
  const value = (persisted as { value: StateValue }).value;
  return {
    ok: true,
    snapshot: persisted,
    stage: stageOf(value),
    state: value,
    context: context as unknown as CaseContextView,
    flags: [],
    effects: [],
  };
}
