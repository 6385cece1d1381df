import { isEventType, officersNamedIn, type NamedOfficer } from '../../workflows';

/** Every officer id a payload names (its schema's `format: officer-id` fields), with its path. */
export function officerIdsIn(type: string, payload: unknown): NamedOfficer[] {
  return isEventType(type) ? officersNamedIn(type, payload) : [];
}
