import { isEventType } from '../../workflows/penalty-case/penalty-case.events';
import { SERVICE_ENTRY_TYPES } from '../audit/case-replay';

/** Whether `type` is an event of EVENTS.md or an entry the service writes itself. */
export function isCatalogueEvent(type: string): boolean {
  return isEventType(type) || SERVICE_ENTRY_TYPES.has(type);
}
