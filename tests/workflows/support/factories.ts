// Factories with overridable defaults for the pure workflow tests (no database).
import type {
  IsoDate,
  OfficerFacts,
  Party,
  Penalty,
  Proposal,
  Role,
} from '../../../workflows/model/domain.types';
import type {
  EventEnvelope,
  NextActionsRequest,
} from '../../../workflows/penalty-case/transition.types';

export function makeOfficer(overrides: Partial<OfficerFacts> & { id?: string } = {}): OfficerFacts {
  const id = overrides.id ?? 'officer';
  return {
    id,
    roles: ['handler'],
    enforcementCredential: { number: `ZF-${id}`, validUntil: '2030-12-31' },
    ...overrides,
  };
}

/** The cast of a case: two handlers, three approvers, reviewers and a hearing officer. */
export const OFFICERS = {
  h1: makeOfficer({ id: 'h1', roles: ['handler'] }),
  h2: makeOfficer({ id: 'h2', roles: ['handler'] }),
  a1: makeOfficer({ id: 'a1', roles: ['approver'] }),
  a2: makeOfficer({ id: 'a2', roles: ['approver'] }),
  a3: makeOfficer({ id: 'a3', roles: ['approver'] }),
  cr1: makeOfficer({ id: 'cr1', roles: ['case_reviewer'] }),
  lr1: makeOfficer({ id: 'lr1', roles: ['legal_reviewer'], legalQualification: true }),
  ho1: makeOfficer({ id: 'ho1', roles: ['hearing_officer'] }),
  system: { id: 'system', roles: [] as Role[] },
} as const;

export type OfficerKey = keyof typeof OFFICERS;

export function makeParty(overrides: Partial<Party> = {}): Party {
  return {
    kind: 'natural_person',
    name: '张三',
    idNumber: '110101199001011234',
    address: '北京市东城区某街1号',
    phone: '13800000000',
    ...overrides,
  };
}

export const company = (overrides: Partial<Party> = {}): Party =>
  makeParty({
    kind: 'legal_person',
    name: '某某有限公司',
    creditCode: '91110000000000000X',
    idNumber: undefined,
    ...overrides,
  });

export const yuan = (amount: number): number => Math.round(amount * 100);
export const fine = (amountYuan: number): Penalty => ({
  kind: 'fine',
  amountFen: yuan(amountYuan),
});
export const warning = (): Penalty => ({ kind: 'warning' });

export function makeProposal(penalties: Penalty[], overrides: Partial<Proposal> = {}): Proposal {
  return {
    outcome: penalties.length > 0 ? 'penalty' : 'no_penalty',
    penalties,
    legalBasis: '《产品质量法》第五十四条',
    ...overrides,
  };
}

export function createCaseBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    procedure: 'ordinary',
    source: 'inspection',
    receivedAt: '2025-01-06',
    summary: '标签标识不符合规定',
    party: makeParty(),
    ...overrides,
  };
}

export function makeEnvelope(
  type: string,
  payload: Record<string, unknown>,
  occurredAt: IsoDate,
  actor: OfficerFacts,
  overrides: Partial<EventEnvelope> = {},
): EventEnvelope {
  return {
    type,
    payload,
    occurredAt,
    actor,
    officers: Object.fromEntries(Object.values(OFFICERS).map((officer) => [officer.id, officer])),
    recusedOfficerIds: [],
    ...overrides,
  };
}

/** "What next?" asked by `caller` on a business date, with every officer of OFFICERS known. */
export function askingAs(
  caller: OfficerFacts,
  at: string,
  overrides: Partial<NextActionsRequest> = {},
): NextActionsRequest {
  return {
    caller,
    officers: Object.fromEntries(Object.values(OFFICERS).map((officer) => [officer.id, officer])),
    recusedOfficerIds: [],
    at,
    ...overrides,
  };
}
