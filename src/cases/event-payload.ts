import { isEventType } from '../../workflows/penalty-case/penalty-case.events';
import {
  officersNamedIn,
  type NamedOfficer,
} from '../../workflows/penalty-case/penalty-case.payload-schema';

/** Every officer id a payload names (its schema's `format: officer-id` fields), with its path. */
export function officerIdsIn(type: string, payload: unknown): NamedOfficer[] {
  return isEventType(type) ? officersNamedIn(type, payload) : [];
}
