import type { FieldError } from '../common/errors/domain.exception';

/** Payload fields that name officers (EVENTS.md); each must be a known officer. */
const OFFICER_FIELDS = new Set([
  'handlerIds',
  'officersPresent',
  'attendeeIds',
  'presidingOfficerId',
  'witnessIds',
  'officerId',
]);

/** Every officer id named in a payload, with the field path that named it. */
export function officerIdsIn(payload: unknown, path = 'payload'): { id: string; field: string }[] {
  if (Array.isArray(payload)) return payload.flatMap((v, i) => officerIdsIn(v, `${path}[${i}]`));
  if (!payload || typeof payload !== 'object') return [];
  return Object.entries(payload).flatMap(([k, v]) => {
    const field = `${path}.${k}`;
    if (OFFICER_FIELDS.has(k)) {
      const ids = Array.isArray(v) ? v : [v];
      return ids.filter((x): x is string => typeof x === 'string').map((id) => ({ id, field }));
    }
    return officerIdsIn(v, field);
  });
}

/** Money is integer fen, never negative, never a float (PROCEDURE.md §1). */
export function moneyErrors(payload: unknown, path = 'payload'): FieldError[] {
  if (Array.isArray(payload)) return payload.flatMap((v, i) => moneyErrors(v, `${path}[${i}]`));
  if (!payload || typeof payload !== 'object') return [];
  return Object.entries(payload).flatMap(([k, v]) => {
    const field = `${path}.${k}`;
    if (k === 'amountFen' && !(Number.isSafeInteger(v) && (v as number) >= 0)) {
      return [{ field, reason: 'must be a non-negative integer number of fen' }];
    }
    return moneyErrors(v, field);
  });
}
