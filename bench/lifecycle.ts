// One ordinary-procedure case from clue to archive (PROCEDURE.md §4): every stage, with legal
// review, a hearing, collective discussion, payment and disclosure, so every guard group runs.
import type { OfficerFacts, Role } from '../workflows/model/domain.types';
import type { Accepted, EventEnvelope } from '../workflows/penalty-case/transition.types';
import { CURRENT, getCaseApi } from '../workflows/registry';
import { officersNamedIn } from '../workflows';

export type CastKey = 'h1' | 'h2' | 'a1' | 'a2' | 'a3' | 'cr1' | 'lr1' | 'ho1';

export interface CastMember {
  id: CastKey;
  roles: Role[];
  enforcementCredential?: { number: string; validUntil: string };
  legalQualification?: boolean;
}

const credential = (id: string) => ({ number: `SH-${id}`, validUntil: '2030-12-31' });

/** The officers a case needs (seeded once through the API, as the bootstrap admin). */
export const CAST: readonly CastMember[] = [
  { id: 'h1', roles: ['handler'], enforcementCredential: credential('h1') },
  { id: 'h2', roles: ['handler'], enforcementCredential: credential('h2') },
  { id: 'a1', roles: ['approver'] },
  { id: 'a2', roles: ['approver'] },
  { id: 'a3', roles: ['approver'] },
  { id: 'cr1', roles: ['case_reviewer'] },
  { id: 'lr1', roles: ['legal_reviewer'], legalQualification: true },
  { id: 'ho1', roles: ['hearing_officer'] },
];

/** As the service stores them (officerFacts of src/cases): legalQualification always present. */
export function factsOf(key: CastKey): OfficerFacts {
  const m = CAST.find((c) => c.id === key)!;
  return {
    id: m.id,
    roles: [...m.roles],
    ...(m.enforcementCredential ? { enforcementCredential: m.enforcementCredential } : {}),
    legalQualification: m.legalQualification ?? false,
  };
}

export interface Step {
  type: string;
  actor: CastKey;
  /** Business date of the act (a bare date, as a clerk would enter it). */
  on: string;
  payload: Record<string, unknown>;
}

const FEN_PER_YUAN = 100;
// 200,000 yuan on an organisation: hearing right (APL 63), legal review and collective
// discussion (APL 57, 58; the bureau's list) are all required.
const penalties = [{ kind: 'fine', amountFen: 200_000 * FEN_PER_YUAN }];
const proposal = { outcome: 'penalty', penalties, legalBasis: '《食品安全法》第一百二十五条' };

export const CASE_BODY = {
  procedure: 'ordinary',
  source: 'inspection',
  receivedAt: '2025-03-03',
  summary: '销售标签不符合规定的预包装食品',
  party: {
    kind: 'legal_person',
    name: '上海某某食品有限公司',
    creditCode: '91310000MA1FL0000X',
    address: '上海市浦东新区某路1号',
    registeredProvince: '上海市',
  },
  violation: { endedAt: '2025-02-20' },
};

const opinion = { opinion: '同意' };

/** Log entry 1 is the clue (POST /cases); then 26 events sent to /cases/:id/events. */
export const LIFECYCLE: readonly Step[] = [
  { type: 'REGISTER_CLUE', actor: 'h1', on: '2025-03-03', payload: CASE_BODY },
  {
    type: 'FILE_CASE',
    actor: 'a1',
    on: '2025-03-12',
    payload: {
      handlerIds: ['h1', 'h2'],
      conditions: {
        evidenceOfViolation: true,
        penaltyApplicable: true,
        withinJurisdiction: true,
        withinLimitation: true,
      },
    },
  },
  {
    type: 'RECORD_EVIDENCE',
    actor: 'h1',
    on: '2025-03-14',
    payload: {
      kind: 'inquiry',
      description: '询问笔录',
      officersPresent: ['h1', 'h2'],
      recordType: 'audio_visual',
    },
  },
  { type: 'PRESERVE_EVIDENCE', actor: 'a1', on: '2025-03-17', payload: { items: ['样品 3 件'] } },
  {
    type: 'RECORD_EVIDENCE',
    actor: 'h2',
    on: '2025-03-20',
    payload: { kind: 'test_report', description: '检验报告', sha256: 'ab'.repeat(32) },
  },
  {
    type: 'DISPOSE_PRESERVED_EVIDENCE',
    actor: 'a1',
    on: '2025-03-24',
    payload: { disposition: '解除保存' },
  },
  {
    type: 'SEIZE_PROPERTY',
    actor: 'a1',
    on: '2025-03-25',
    payload: { items: ['标签不合格食品 120 箱'], recordingSha256: 'cd'.repeat(32) },
  },
  { type: 'RELEASE_PROPERTY', actor: 'a1', on: '2025-04-01', payload: {} },
  {
    type: 'CONCLUDE_INVESTIGATION',
    actor: 'h1',
    on: '2025-04-10',
    payload: {
      report: { facts: '销售标签不合格产品', evidenceSummary: '现场检查笔录、询问笔录' },
      proposal,
    },
  },
  { type: 'PASS_LEGAL_REVIEW', actor: 'lr1', on: '2025-04-14', payload: opinion },
  { type: 'APPROVE_PROPOSAL', actor: 'a1', on: '2025-04-15', payload: {} },
  {
    type: 'SERVE_NOTICE',
    actor: 'h1',
    on: '2025-04-16',
    payload: { method: 'direct', includesHearingRight: true },
  },
  { type: 'RECEIVE_STATEMENT', actor: 'h1', on: '2025-04-18', payload: { summary: '申辩意见' } },
  {
    type: 'REVIEW_STATEMENT',
    actor: 'h1',
    on: '2025-04-18',
    payload: { accepted: false, summary: '不采纳' },
  },
  { type: 'REQUEST_HEARING', actor: 'h1', on: '2025-04-18', payload: {} },
  { type: 'ACCEPT_HEARING', actor: 'a1', on: '2025-04-21', payload: { presidingOfficerId: 'ho1' } },
  {
    type: 'SCHEDULE_HEARING',
    actor: 'ho1',
    on: '2025-04-22',
    payload: {
      hearingAt: '2025-05-13T09:00:00+08:00',
      noticeServedAt: '2025-04-22T10:00:00+08:00',
    },
  },
  { type: 'HOLD_HEARING', actor: 'ho1', on: '2025-05-13', payload: {} },
  { type: 'SUBMIT_HEARING_REPORT', actor: 'ho1', on: '2025-05-14', payload: { opinion: '维持' } },
  { type: 'PASS_LEGAL_REVIEW', actor: 'lr1', on: '2025-05-16', payload: opinion },
  {
    type: 'RECORD_COLLECTIVE_DECISION',
    actor: 'a1',
    on: '2025-05-20',
    payload: { attendeeIds: ['a1', 'a2', 'a3'], resolution: proposal },
  },
  {
    type: 'DECIDE',
    actor: 'a2',
    on: '2025-05-21',
    payload: { decisionNumber: '沪市监罚〔2025〕1号', outcome: 'penalty', penalties },
  },
  { type: 'SERVE_DECISION', actor: 'h1', on: '2025-05-22', payload: { method: 'direct' } },
  {
    type: 'RECORD_PAYMENT',
    actor: 'h1',
    on: '2025-05-26',
    payload: { amountFen: 200_000 * FEN_PER_YUAN },
  },
  { type: 'PUBLISH_DECISION', actor: 'h1', on: '2025-05-27', payload: { channel: 'gsxt' } },
  { type: 'PUBLISH_DECISION', actor: 'h1', on: '2025-05-27', payload: { channel: 'website' } },
  { type: 'CLOSE_CASE', actor: 'a1', on: '2025-05-28', payload: {} },
  { type: 'ARCHIVE_CASE', actor: 'h1', on: '2025-05-29', payload: {} },
];

/**
 * The payload sent to the service: DECIDE without its decision number, which the service assigns
 * (a 文号 names one document, issue 15); the pure machine and the peers get the step's own.
 */
export function servicePayload(step: Step): Record<string, unknown> {
  if (step.type !== 'DECIDE') return step.payload;
  const { decisionNumber: _assigned, ...rest } = step.payload;
  return rest;
}

/** The envelope the service builds: the actor, the officers the payload names, the handlers. */
export function envelopeOf(step: Step): EventEnvelope {
  const named = officersNamedIn(step.type, step.payload).map((n) => n.id as CastKey);
  const handlers: CastKey[] = step.type === 'REGISTER_CLUE' ? [] : ['h1', 'h2'];
  const officers: Record<string, OfficerFacts> = {};
  for (const id of [...named, ...handlers, step.actor]) officers[id] = factsOf(id);
  return {
    type: step.type,
    payload: step.payload,
    occurredAt: step.on,
    actor: factsOf(step.actor),
    officers,
    recusedOfficerIds: [],
  };
}

/** Drives the lifecycle on the pure API; throws naming the first refused step. */
export function driveLifecycle(): { envelopes: EventEnvelope[]; results: Accepted[] } {
  const api = getCaseApi(CURRENT.machineId, CURRENT.version);
  const envelopes: EventEnvelope[] = [];
  const results: Accepted[] = [];
  for (const step of LIFECYCLE) {
    const envelope = envelopeOf(step);
    const last = results.at(-1);
    const result = last ? api.apply(last.snapshot, envelope) : api.start(envelope);
    if (!result.ok) throw new Error(`lifecycle: ${step.type} refused: ${JSON.stringify(result)}`);
    envelopes.push(envelope);
    results.push(result);
  }
  if (results.at(-1)?.stage !== 'archived') throw new Error('lifecycle: the case is not archived');
  return { envelopes, results };
}
