// What an event is: who sends it, its payload schema, its independence rule (one file, so the
// v2 additions and the catalogue both read it without importing each other).
import type { Role } from '../model/domain.types';
import type { Schema } from './penalty-case.payload';

/** Separation of duties (PROCEDURE.md §3): who must not be a handler of the case. */
export type Independence = 'reviewer' | 'legalReviewer' | 'hearingOfficer' | 'decider';

export interface EventSpec {
  summary: string;
  roles: readonly Role[];
  /** Stage-specific senders (a return comes from the reviewer of that stage or an approver). */
  rolesIn?: Readonly<Record<string, readonly Role[]>>;
  payload: Schema;
  independence?: Independence;
  /** The timer process may send it ({ id: 'system', roles: [] }). */
  system?: boolean;
}
