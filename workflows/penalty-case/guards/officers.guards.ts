// Officers at every act done in person with the party (APL 42, 43, 55), and replacing handlers.
import { sinceV2 } from '../penalty-case.context';
import type { GuardInput, Guard } from './guard-kit';
import { blank, credentialedOfficers, guard } from './guard-kit';
import type { Msg } from '../../messages/catalogue';
import { msg } from '../../messages/catalogue';

/** Service where an officer meets the party or its address (not mail, electronic, entrusted, public notice). */
export const IN_PERSON_SERVICE: readonly string[] = ['direct', 'on_the_spot', 'left_at_address'];
const SERVICE_EVENTS: readonly string[] = [
  'SERVE_NOTICE',
  'SERVE_DECISION',
  'SERVE_ENFORCEMENT_REMINDER',
];
/** Inspection, inquiry and evidence taking, preservation, seizure (APL 55, 56; AEL 18). */
const IN_PERSON_ACTS: readonly string[] = [
  'RECORD_EVIDENCE',
  'PRESERVE_EVIDENCE',
  'SEIZE_PROPERTY',
];

export const isServiceEvent = (type: string): boolean => SERVICE_EVENTS.includes(type);

/** A 催告书 without a method is delivered like a decision in person (the usual way). */
export function serviceMethod(f: GuardInput): string {
  return (f.payload.method as string | undefined) ?? 'direct';
}

/** v2: the event is an act done in person with the party. */
export function inPersonAct(f: GuardInput): boolean {
  if (isServiceEvent(f.type)) {
    return IN_PERSON_SERVICE.includes(serviceMethod(f));
  }
  return IN_PERSON_ACTS.includes(f.type);
}

/** The officers acting: those named present, else the case's handlers who are not recused. */
export function actingOfficers(f: GuardInput): string[] {
  const named = f.payload.officersPresent as string[] | undefined;
  return named ?? f.ctx.handlerIds.filter((id) => !f.recused.includes(id));
}

/** v1: only an evidence record that names officers present was checked. */
function v1Check(f: GuardInput): Msg[] {
  const present = f.payload.officersPresent as string[] | undefined;
  return f.type !== 'RECORD_EVIDENCE' || present === undefined
    ? []
    : credentialedOfficers(f, present, 2, 'present');
}

export const G04 = guard(
  'G04',
  'APL 42, 43, 55',
  'an act done in person with the party (inspection, inquiry, evidence, preservation, seizure, direct or lodged service) has ≥ 2 officers present (named, else the non-recused handlers), each credentialed that day and a handler of the case (v1: evidence records that name officers)',
  (f) => {
    if (!sinceV2(f.ctx)) {
      return v1Check(f);
    }
    if (!inPersonAct(f)) {
      return [];
    }
    const named = f.payload.officersPresent !== undefined;
    const officers = actingOfficers(f);
    const handlers = f.ctx.handlerIds;
    const what = named ? 'present' : 'caseHandlers';
    return [
      ...credentialedOfficers(f, officers, 2, what),
      // APL 42 via the case's assignment: a substitute is assigned first (REPLACE_HANDLERS).
      // A summary case's handlers are the officers on the spot (APL 52), named at the decision.
      ...(handlers.length === 0 || f.ctx.procedure === 'summary'
        ? []
        : officers
            .filter((id) => !handlers.includes(id))
            .map((id) => msg('G04.notHandler', { id }))),
    ];
  },
);

export const G40 = guard(
  'G40',
  'APL 42, 43',
  'replacing handlers states a reason; the new set has ≥ 2 credentialed officers (G02), none recused (G06)',
  (f) => [blank(f.payload.reason) && msg('reason.required')],
);

export const OFFICER_GUARDS: readonly Guard[] = [G40];
