// Random payloads for the model-based invariant test: lawful values and the edges around them.
import type {
  OfficerFacts,
  Penalty,
  PenaltyKind,
  Proposal,
} from '../../../workflows/model/domain.types';
import { addDays } from '../../../workflows/calendar/working-calendar';
import type { CaseContext } from '../../../workflows/penalty-case/penalty-case.context';
import { report } from './case-driver';
import { company, makeOfficer, makeParty, OFFICERS } from './factories';
import { SAMPLE_PAYLOADS } from './samples';

/** mulberry32: a small seeded PRNG, so a seed replays the same run. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

/** The cast plus the awkward ones: an expired credential, an unqualified reviewer. */
export const CAST: Record<string, OfficerFacts> = {
  ...OFFICERS,
  h3: makeOfficer({ id: 'h3', roles: ['handler'] }),
  h4: makeOfficer({
    id: 'h4',
    roles: ['handler'],
    enforcementCredential: { number: 'ZF-h4', validUntil: '2025-09-30' },
  }),
  a4: makeOfficer({ id: 'a4', roles: ['approver', 'handler'] }),
  lr2: makeOfficer({ id: 'lr2', roles: ['legal_reviewer'], legalReviewerSince: '2023-01-01' }),
  ho2: makeOfficer({ id: 'ho2', roles: ['hearing_officer'] }),
};
const HANDLERS = ['h1', 'h2', 'h3', 'h4', 'a4'];
const APPROVERS = ['a1', 'a2', 'a3', 'a4'];
const KINDS: readonly PenaltyKind[] = [
  'warning',
  'fine',
  'fine',
  'fine',
  'confiscate_illegal_gains',
  'confiscate_illegal_property',
  'suspend_license',
  'revoke_license',
];
const YUAN = [50, 200, 201, 1_000, 3_000, 5_000, 9_999, 10_000, 50_000, 100_000, 200_000];

export function randomPenalties(rng: Rng, summary = false): Penalty[] {
  const n = summary ? 1 : rng.pick([0, 1, 1, 1, 2, 2, 3]);
  return Array.from({ length: n }, () => {
    const kind = summary ? rng.pick<PenaltyKind>(['warning', 'fine']) : rng.pick(KINDS);
    if (kind === 'warning' || kind === 'revoke_license') return { kind };
    if (kind === 'suspend_license') return { kind, durationDays: rng.pick([30, 90]) };
    const amountFen = rng.pick(summary ? [50, 100, 200, 201, 3_000] : YUAN) * 100;
    return kind === 'confiscate_illegal_property' && rng.chance(0.3)
      ? { kind }
      : { kind, amountFen };
  });
}

export function randomProposal(rng: Rng): Proposal {
  const penalties = randomPenalties(rng);
  const outcome =
    penalties.length > 0 && rng.chance(0.85)
      ? 'penalty'
      : rng.pick(['no_penalty', 'not_established', 'transfer_judiciary', 'penalty'] as const);
  const flags = rng.chance(0.3)
    ? {
        complex: rng.chance(0.5),
        majorViolation: rng.chance(0.3),
        majorPublicInterest: rng.chance(0.2),
      }
    : undefined;
  return {
    outcome,
    penalties,
    legalBasis: '《产品质量法》第五十四条',
    ...(flags ? { flags } : {}),
  };
}

export function randomParty(rng: Rng) {
  const address = rng.chance(0.8) ? {} : { address: undefined };
  return rng.chance(0.5) ? makeParty(address) : company({ registeredProvince: '北京', ...address });
}

const hex = (rng: Rng) =>
  Array.from({ length: 64 }, () => '0123456789abcdef'[rng.int(16)]).join('');

const some = <T>(rng: Rng, items: readonly T[], n: number): T[] =>
  Array.from({ length: n }, () => rng.pick(items));

function outstanding(ctx: CaseContext): number {
  const due = (ctx.decision?.penalties ?? []).reduce((t, p) => t + (p.amountFen ?? 0), 0);
  return Math.max(0, due - ctx.payments.reduce((t, p) => t + p.amountFen, 0));
}

/** A payload for `type` in a case at `ctx` on `on`: mostly lawful, sometimes not. */
export function randomPayload(
  rng: Rng,
  type: string,
  ctx: CaseContext,
  on: string,
): Record<string, unknown> {
  const handlers = ctx.handlerIds.length > 0 ? ctx.handlerIds : HANDLERS;
  switch (type) {
    case 'FILE_CASE':
      return {
        handlerIds: some(rng, HANDLERS, rng.pick([1, 2, 2, 2, 3])),
        conditions: {
          evidenceOfViolation: true,
          penaltyApplicable: true,
          withinJurisdiction: true,
          withinLimitation: rng.chance(0.95),
        },
      };
    case 'RECORD_EVIDENCE':
      return {
        kind: rng.pick(['inquiry', 'inspection', 'sampling', 'document']),
        description: '笔录',
        recordType: rng.pick(['text', 'audio_visual']),
        ...(rng.chance(0.5) ? { sha256: hex(rng) } : {}),
        ...(rng.chance(0.5) ? { officersPresent: some(rng, handlers, rng.pick([1, 2, 2])) } : {}),
      };
    case 'EXTEND_CASE_LIMIT':
      return rng.chance(0.7)
        ? { days: rng.pick([15, 30]) }
        : { collectiveResolution: { attendeeIds: APPROVERS.slice(0, 3), until: addDays(on, 60) } };
    case 'CONCLUDE_INVESTIGATION':
      return {
        report: report(),
        proposal: randomProposal(rng),
        legalReviewRequired: rng.chance(0.1),
      };
    case 'REVISE_PROPOSAL':
      return { proposal: randomProposal(rng), reason: '采纳申辩' };
    case 'SERVE_NOTICE':
      return {
        method: rng.pick(['direct', 'direct', 'mail', 'left_at_address', 'electronic']),
        includesHearingRight: rng.chance(0.6),
      };
    case 'RECEIVE_STATEMENT':
      return { summary: '申辩', ...(rng.chance(0.2) ? { postmarkedAt: on } : {}) };
    case 'REVIEW_STATEMENT':
      return rng.chance(0.4)
        ? {
            accepted: true,
            summary: '复核',
            ...(rng.chance(0.9) ? { adopted: '违法所得数额' } : {}),
          }
        : { accepted: false, summary: '复核' };
    case 'REQUEST_HEARING':
      return rng.chance(0.2) ? { postmarkedAt: addDays(on, -rng.int(4)) } : {};
    case 'ACCEPT_HEARING':
      return { presidingOfficerId: rng.pick(['ho1', 'ho1', 'ho2', 'h1']) };
    case 'SCHEDULE_HEARING': {
      const served = addDays(on, rng.int(2));
      return {
        hearingAt: `${addDays(served, rng.pick([3, 7, 9, 10, 14, 20]))}T09:00:00+08:00`,
        noticeServedAt: `${served}T10:00:00+08:00`,
      };
    }
    case 'HOLD_HEARING':
      return rng.chance(0.8) ? { transcriptSha256: hex(rng) } : {};
    case 'RECORD_COLLECTIVE_DECISION':
      return {
        attendeeIds: some(rng, APPROVERS, rng.pick([2, 3, 3])),
        resolution: rng.chance(0.8) && ctx.proposal ? ctx.proposal : randomProposal(rng),
      };
    case 'DECIDE': {
      // Mostly what was resolved or notified (lawful), sometimes anything.
      const resolved = ctx.collectiveDecisions[ctx.collectiveDecisions.length - 1]?.resolution;
      const proposal =
        rng.chance(0.85) && (resolved ?? ctx.proposal)
          ? (resolved ?? ctx.proposal)
          : randomProposal(rng);
      const outcome = rng.chance(0.8)
        ? proposal.outcome
        : rng.pick(['penalty', 'no_penalty', 'not_established'] as const);
      return { decisionNumber: `D-${rng.int(1e6)}`, outcome, penalties: proposal.penalties };
    }
    case 'DECIDE_ON_SPOT':
      return {
        decisionNumber: `J-${rng.int(1e6)}`,
        officersPresent: some(rng, ['h1', 'h2', 'h3', 'h4'], rng.pick([1, 2, 2, 2])),
        penalties: randomPenalties(rng, true),
      };
    case 'SERVE_DECISION':
      return {
        method: rng.pick([
          'on_the_spot',
          'direct',
          'direct',
          'left_at_address',
          'electronic',
          'mail',
          'public_notice',
        ]),
        ...(rng.chance(0.5) ? { electronicConsent: rng.chance(0.7) } : {}),
        ...(rng.chance(0.5) ? { witnessIds: some(rng, ['h1', 'h2', 'w1'], 1) } : {}),
        ...(rng.chance(0.3) ? { recordingSha256: hex(rng) } : {}),
        ...(rng.chance(0.5) ? { partyCannotBeFound: rng.chance(0.6) } : {}),
      };
    case 'RECORD_PAYMENT': {
      const owed = outstanding(ctx);
      return {
        amountFen: rng.chance(0.6) && owed > 0 ? owed : rng.pick([100, Math.ceil(owed / 2) || 100]),
      };
    }
    case 'APPROVE_INSTALLMENTS': {
      const owed = outstanding(ctx) || 10_000;
      const parts = rng.pick([1, 2, 3]);
      const share = rng.chance(0.8) ? Math.ceil(owed / parts) : 100;
      return {
        plan: Array.from({ length: parts }, (_, i) => ({
          dueOn: addDays(on, 30 * (i + 1)),
          amountFen: share,
        })),
      };
    }
    case 'RECORD_APPEAL':
      return { kind: rng.pick(['reconsideration', 'litigation']) };
    case 'RECORD_APPEAL_OUTCOME': {
      const outcome = rng.pick([
        'upheld',
        'upheld',
        'revoked',
        'changed',
        'confirmed_illegal',
        'confirmed_void',
        'remanded',
      ]);
      return outcome === 'changed' ? { outcome, penalties: randomPenalties(rng) } : { outcome };
    }
    default: {
      const samples = SAMPLE_PAYLOADS[type as keyof typeof SAMPLE_PAYLOADS] ?? [{}];
      return rng.pick(samples);
    }
  }
}
