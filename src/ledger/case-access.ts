// Need to know (个人信息保护法 6, 35; 市场监管行政处罚程序规定 on recusal, APL 43): who sees what of
// a case. One rule, used by every read of a case (view, listing, log, replay, verify, export).
import type { OfficerFacts, Party, Role } from '../../workflows';
import { DomainException } from '../common/errors/domain.exception';

/** none: recused, the case does not exist for them; summary: no personal data; personal: all. */
export type CaseAccess = 'none' | 'summary' | 'personal';

/** Roles that act on any case at their step and so need its party's data. */
const ACTING_ROLES: Role[] = ['approver', 'case_reviewer', 'legal_reviewer', 'hearing_officer'];

export function caseAccess(
  viewer: OfficerFacts,
  c: { handlerIds: string[] },
  recusedOfficerIds: readonly string[],
): CaseAccess {
  if (recusedOfficerIds.includes(viewer.id)) return 'none';
  // Auditors read everything; each read is recorded in audit_reads.
  if (viewer.roles.includes('auditor')) return 'personal';
  if (viewer.roles.includes('handler') && c.handlerIds.includes(viewer.id)) return 'personal';
  if (viewer.roles.some((r) => ACTING_ROLES.includes(r))) return 'personal';
  // Admins manage officers and settings; other handlers see the case without the person.
  return 'summary';
}

/** A recused officer gets the same 404 as for a case that does not exist. */
export function assertVisible(access: CaseAccess, caseId: string): void {
  if (access === 'none') throw DomainException.notFound('case', caseId);
}

/**
 * The party as shown to a viewer inside the bureau: whole, or without a natural person's ID,
 * phone and address (个人信息保护法 6: the name stays, officers need to know whom a case is
 * about). The public's party is another rule, the disclosure's publicParty (DR 4, 6).
 */
export function partyFor(access: CaseAccess, party: unknown): unknown {
  if (access === 'personal' || !party || typeof party !== 'object') return party;
  const p = party as Party;
  const natural = p.kind === 'natural_person' || p.kind === 'individual_business';
  const known = { kind: p.kind, name: p.name, creditCode: p.creditCode };
  return natural ? known : { ...known, address: p.address };
}
