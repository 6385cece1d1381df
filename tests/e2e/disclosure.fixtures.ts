// Given-histories for the disclosure e2e tests: a case driven through the API to a decision,
// served, and published — each step as the officer the statute names, on realistic dates.
import type { Penalty } from '../../workflows/model/domain.types';
import { createCase, FILE_CONDITIONS, send, type Cast } from '../support/case-fixtures';
import type { TestApp } from '../support/test-app';

export const LEGAL_BASIS = '《中华人民共和国食品安全法》第一百二十五条第一款第（二）项';

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface DecisionPlan {
  decisionNumber: string;
  decideOn: string;
  penalties: Penalty[];
  party?: Record<string, unknown>;
  summary?: string;
  /** Officer id prefix used when the cast was seeded. */
  prefix: string;
}

type Answer = Awaited<ReturnType<typeof send>>;

export async function ok(res: Answer | Promise<Answer>, what = 'event'): Promise<Answer> {
  const r = await res;
  if (r.status !== 200) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return r;
}

/** An event that must be accepted, on a business date. */
export function act(
  t: TestApp,
  token: string,
  id: string,
  type: string,
  payload: Record<string, unknown>,
  on: string,
): Promise<Answer> {
  return ok(send(t, token, id, type, payload, { occurredAt: on }), type);
}

/** From 告知 to the decision stage: notice, written waiver (S19), end of the window. */
async function notify(t: TestApp, cast: Cast, id: string, on: (offset: number) => string) {
  const notice = (includesHearingRight: boolean) =>
    send(
      t,
      cast.handler,
      id,
      'SERVE_NOTICE',
      { method: 'direct', includesHearingRight },
      { occurredAt: on(-25) },
    );
  // G11: the notice offers a hearing exactly when APL 63 requires one.
  const first = await notice(false);
  await ok(first.status === 422 ? notice(true) : first, 'SERVE_NOTICE');
  await act(t, cast.handler, id, 'WAIVE_RIGHTS', {}, on(-24));
  return act(t, cast.handler, id, 'END_NOTICE_PERIOD', {}, on(-23));
}

/** A case decided on `plan.decideOn` (filed 40 days before), through whatever stages §5 requires. */
export async function decidedCase(t: TestApp, cast: Cast, plan: DecisionPlan): Promise<string> {
  const on = (offset: number) => addDays(plan.decideOn, offset);
  const p = (id: string) => `${plan.prefix}${id}`;
  const proposal = { outcome: 'penalty', penalties: plan.penalties, legalBasis: LEGAL_BASIS };
  const id = await createCase(t, cast.handler, {
    receivedAt: on(-45),
    violation: { endedAt: on(-60) },
    ...(plan.party ? { party: plan.party } : {}),
    ...(plan.summary ? { summary: plan.summary } : {}),
  });
  const file = { handlerIds: [p('h1'), p('h2')], conditions: FILE_CONDITIONS };
  await act(t, cast.approver, id, 'FILE_CASE', file, on(-40));
  const report = { facts: '经查，当事人违法事实清楚。', evidenceSummary: '现场检查笔录' };
  const steps: Record<string, () => Promise<Answer>> = {
    caseReview: () => act(t, cast.caseReviewer, id, 'APPROVE_REVIEW', { opinion: '同意' }, on(-28)),
    legalReview: () =>
      act(t, cast.legalReviewer, id, 'PASS_LEGAL_REVIEW', { opinion: '合法' }, on(-27)),
    proposalApproval: () => act(t, cast.approver, id, 'APPROVE_PROPOSAL', {}, on(-26)),
    notification: () => notify(t, cast, id, on),
    collectiveDiscussion: () =>
      act(
        t,
        cast.approver,
        id,
        'RECORD_COLLECTIVE_DECISION',
        { attendeeIds: [p('a1'), p('a2'), p('a3')], resolution: proposal },
        on(-22),
      ),
  };
  let res = await act(t, cast.handler, id, 'CONCLUDE_INVESTIGATION', { report, proposal }, on(-30));
  // Each stage is visited once at most; a stage met twice means the machine is stuck.
  const seen = new Set<string>();
  while (res.body.case.stage !== 'decision') {
    const stage = res.body.case.stage as string;
    const step = steps[stage];
    if (!step || seen.has(stage)) throw new Error(`stuck in ${stage} on the way to a decision`);
    seen.add(stage);
    res = await step();
  }
  const decide = {
    decisionNumber: plan.decisionNumber,
    outcome: 'penalty',
    penalties: plan.penalties,
  };
  await act(t, cast.approver, id, 'DECIDE', decide, plan.decideOn);
  return id;
}

/** Decided, served on the day, and published on each of `channels` on `publishOn`. */
export type PublishPlan = DecisionPlan & { publishOn: string; channels?: ('gsxt' | 'website')[] };

export async function publishedCase(t: TestApp, cast: Cast, plan: PublishPlan): Promise<string> {
  const id = await decidedCase(t, cast, plan);
  await act(t, cast.handler, id, 'SERVE_DECISION', { method: 'direct' }, plan.decideOn);
  for (const channel of plan.channels ?? ['website']) {
    await act(t, cast.handler, id, 'PUBLISH_DECISION', { channel }, plan.publishOn);
  }
  return id;
}

export const fine = (yuan: number): Penalty => ({ kind: 'fine', amountFen: yuan * 100 });
