// Officers at every act: two with valid credentials, none recused, independent reviewers.
import { EVENT_SPECS, isEventType, rolesFor } from '../penalty-case.events';
import { before as earlier } from '../penalty-case.dates';
import { collectiveRecorded, handledCase } from '../penalty-case.derived';
import type { Invariant, StepView } from './invariant-kit';
import { invariant, officerOn } from './invariant-kit';

/** Service in person (not by mail, electronically or by public notice). */
const IN_PERSON_SERVICE = new Set(['on_the_spot', 'direct', 'left_at_address']);
/** Acts done in person with the party or its property (APL 42, 55). */
const IN_PERSON_ACTS = new Set([
  'RECORD_EVIDENCE',
  'PRESERVE_EVIDENCE',
  'SEIZE_PROPERTY',
  'DECIDE_ON_SPOT',
]);
const SERVICE_ACTS = new Set(['SERVE_NOTICE', 'SERVE_DECISION']);

/** The officers present at an in-person act (named, else the case's handlers), or undefined. */
export function officersPresent(v: StepView): string[] | undefined {
  const inPerson =
    IN_PERSON_ACTS.has(v.type) ||
    (SERVICE_ACTS.has(v.type) && IN_PERSON_SERVICE.has(String(v.payload.method)));
  if (!inPerson) return undefined;
  const named = v.payload.officersPresent;
  // Unnamed: the case's handlers who are not recused act (a recused handler steps aside, APL 43).
  const recused = v.step.envelope.recusedOfficerIds ?? [];
  const ids =
    Array.isArray(named) && named.length > 0
      ? (named as string[])
      : v.after.handlerIds.filter((id) => !recused.includes(id));
  return [...new Set(ids)];
}

const I13 = invariant(
  'I13',
  'APL 42, 55',
  'every in-person enforcement act has at least two officers present',
  (v) => {
    const present = officersPresent(v);
    if (v.type === 'FILE_CASE') {
      const handlers = new Set(v.after.handlerIds);
      return [handlers.size < 2 && `filed with ${handlers.size} handler(s)`];
    }
    return [!!present && present.length < 2 && `${v.type} with ${present.length} officer(s)`];
  },
);

const I14 = invariant(
  'I14',
  'APL 42, 55',
  'every officer at an in-person act holds an enforcement credential valid that day',
  (v) => {
    const present = v.type === 'FILE_CASE' ? v.after.handlerIds : (officersPresent(v) ?? []);
    return present.map((id) => {
      const until = officerOn(v, id)?.enforcementCredential?.validUntil;
      return (!until || earlier(until, v.on)) && `${id} holds no credential valid on ${v.on}`;
    });
  },
);

const I15 = invariant(
  'I15',
  'APL 43',
  'no recused officer acts in the case or takes part in an in-person act',
  (v) => {
    const recused = new Set(v.step.envelope.recusedOfficerIds ?? []);
    if (recused.size === 0) return [];
    const actor = v.step.envelope.actor.id;
    const present = officersPresent(v) ?? [];
    const involved = v.type === 'FILE_CASE' ? v.after.handlerIds : present;
    return [
      recused.has(actor) && `${actor} is recused and acted`,
      ...involved.filter((id) => recused.has(id)).map((id) => `${id} is recused and took part`),
    ];
  },
);

/** Who must not be a handler of the case (PROCEDURE.md §3; APL 58, 64(4)). */
const INDEPENDENT = new Set(['APPROVE_REVIEW', 'PASS_LEGAL_REVIEW', 'APPROVE_PROPOSAL', 'DECIDE']);

const I16 = invariant(
  'I16',
  'APL 58, 64(4); PROCEDURE §3',
  'reviewers, the decider and the hearing officer are not handlers of the case (nor replaced ones)',
  (v) => {
    const before = v.before;
    if (!before) return [];
    const actor = v.step.envelope.actor.id;
    const handled = (id: string) => handledCase(before, id);
    const presiding = v.type === 'ACCEPT_HEARING' ? String(v.payload.presidingOfficerId) : '';
    return [
      INDEPENDENT.has(v.type) &&
        handled(actor) &&
        !(v.type === 'DECIDE' && collectiveRecorded(before)) &&
        `${v.type} by ${actor}, a handler`,
      handled(presiding) && `hearing presided by ${presiding}, a handler`,
    ];
  },
);

const I17 = invariant(
  'I17',
  'APL 38; PROCEDURE §3',
  'every act is done by an officer holding a role the catalogue names for it',
  (v) => {
    if (!isEventType(v.type)) return [];
    const actor = v.step.envelope.actor;
    const stage = v.index > 0 ? v.history[v.index - 1].stage : 'none';
    if (actor.id === 'system') {
      return [!EVENT_SPECS[v.type].system && `${v.type} sent by the timer process`];
    }
    const roles = rolesFor(v.type, stage);
    return [
      !roles.some((role) => actor.roles.includes(role)) &&
        `${v.type} by ${actor.id} (${actor.roles.join(', ')}), needs ${roles.join(' or ')}`,
    ];
  },
);

export const OFFICER_INVARIANTS: readonly Invariant[] = [I13, I14, I15, I16, I17];
