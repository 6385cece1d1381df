// Acceptance scenarios S05–S07 and S18 (SCENARIOS.md) over HTTP: the hearing, legal review and a
// heavier decision after a defence (APL 45, 58, 64).
import { CREDENTIAL, seedCast, type Cast } from '../support/case-fixtures';
import {
  company,
  decision,
  fine,
  notifiedCase,
  person,
  proposal,
  refusal,
  ScenarioCase,
  yuan,
  type Penalty,
} from '../support/scenario-steps';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-21T10:00:00+08:00';
const hearingAt = (date: string) => `${date}T09:00:00+08:00`;

let t: TestApp;
let cast: Cast;

beforeAll(async () => {
  t = await startTestApp(NOW);
  cast = await seedCast(t);
});
afterAll(() => t.close());

/** A company's 告知书 served Mon 2025-04-14 with the hearing right; the hearing requested and accepted. */
async function hearingAccepted(penalties: Penalty[]) {
  const c = await notifiedCase(t, cast, {
    party: company(),
    penalties,
    noticeOn: '2025-04-14',
    includesHearingRight: true,
  });
  await c.accept('REQUEST_HEARING', {}, '2025-04-15');
  await c.accept('ACCEPT_HEARING', { presidingOfficerId: 'ho1' }, '2025-04-16');
  return c;
}

describe('S05 hearing-notice lead time (APL 64(2): 7 WD)', () => {
  it('accepts a 听证通知书 served Tue 2025-04-29 for a hearing on Tue 2025-05-13', async () => {
    const c = await hearingAccepted([fine(150_000)]);
    const res = await c.send(
      'SCHEDULE_HEARING',
      { hearingAt: hearingAt('2025-05-13'), noticeServedAt: '2025-04-29' },
      '2025-04-30',
    );
    expect(res.status).toBe(200);
    expect(res.body.case.state).toEqual({ hearing: 'scheduled' });
  });

  it('refuses a 听证通知书 served Wed 2025-04-30 (G15)', async () => {
    const c = await hearingAccepted([fine(150_000)]);
    const res = await c.send(
      'SCHEDULE_HEARING',
      { hearingAt: hearingAt('2025-05-13'), noticeServedAt: '2025-04-30' },
      '2025-04-30',
    );
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G15'] });
  });
});

describe('S06 a held hearing forces legal review (APL 58(2))', () => {
  // A large confiscation is in the hearing scope but not on the bureau's legal-review list.
  const confiscation = [{ kind: 'confiscate_illegal_gains', amountFen: yuan(150_000) }];
  const given = async () => {
    const c = await hearingAccepted(confiscation);
    const schedule = { hearingAt: hearingAt('2025-05-13'), noticeServedAt: '2025-04-29' };
    await c.accept('SCHEDULE_HEARING', schedule, '2025-04-29');
    await c.accept('HOLD_HEARING', {}, '2025-05-13');
    await c.accept('SUBMIT_HEARING_REPORT', { opinion: '维持' }, '2025-05-14');
    return c;
  };

  it('refuses DECIDE with only a case review on file (G18)', async () => {
    const c = await given();
    const beforeHearingReport = c.stages.slice(0, -1);
    expect(beforeHearingReport).toContain('caseReview');
    expect(beforeHearingReport).not.toContain('legalReview');
    expect(c.stage).toBe('legalReview');
    const res = await c.send('DECIDE', decision(confiscation), '2025-05-15');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G18'] });
  });

  it('accepts DECIDE after PASS_LEGAL_REVIEW by a qualified reviewer', async () => {
    const c = await given();
    const reviewed = await c.send('PASS_LEGAL_REVIEW', { opinion: '同意' }, '2025-05-15');
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.case.stage).toBe('decision');
    const decided = await c.send('DECIDE', decision(confiscation), '2025-05-16');
    expect(decided.status).toBe(200);
    expect(decided.body.case.stage).toBe('enforcement');
    await c.expectReplayable();
  });
});

describe('S07 a legal reviewer who handled the case (APL 58, G09)', () => {
  let zhang: string;

  beforeAll(async () => {
    zhang = await t.officer({
      id: 'zhang',
      name: '张',
      roles: ['handler', 'legal_reviewer'],
      enforcementCredential: CREDENTIAL,
      legalQualification: true,
    });
  });

  /** Case K: Zhang and h2 handle it; Zhang concludes with a fine that needs legal review. */
  const caseK = async () => {
    const c = await ScenarioCase.open(t, cast, { party: company(), receivedAt: '2025-02-17' });
    await c.file('2025-02-18', ['zhang', 'h2']);
    await c.conclude(proposal([fine(150_000)]), '2025-02-24', zhang);
    expect(c.stage).toBe('legalReview');
    return c;
  };

  it('forbids PASS_LEGAL_REVIEW by Zhang, a handler of the case (403)', async () => {
    const c = await caseK();
    const res = await c.send('PASS_LEGAL_REVIEW', { opinion: '同意' }, '2025-02-25', zhang);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN', conflict: 'HANDLER_OF_CASE' });
    expect(c.stage).toBe('legalReview');
  });

  it('forbids a first-time reviewer without the 法律职业资格 (403)', async () => {
    const novice = await t.officer({
      id: 'novice',
      roles: ['legal_reviewer'],
      legalQualification: false,
    });
    const c = await caseK();
    const res = await c.send('PASS_LEGAL_REVIEW', { opinion: '同意' }, '2025-02-25', novice);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN', conflict: 'UNQUALIFIED_LEGAL_REVIEWER' });
  });

  it('lets a reviewer appointed before 2021-07-15 review without the qualification', async () => {
    const veteran = await t.officer({
      id: 'veteran',
      roles: ['legal_reviewer'],
      legalReviewerSince: '2019-03-01',
    });
    const c = await caseK();
    const res = await c.send('PASS_LEGAL_REVIEW', { opinion: '同意' }, '2025-02-25', veteran);
    expect(res.status).toBe(200);
    expect(res.body.case.stage).toBe('proposalApproval');
  });
});

describe('S18 no heavier penalty because of a defence (APL 45)', () => {
  // A natural person: 30,000 yuan offers a hearing and needs legal review and collective discussion.
  const given = async () => {
    const c = await notifiedCase(t, cast, {
      party: person(),
      penalties: [fine(30_000)],
      noticeOn: '2025-03-03',
      includesHearingRight: true,
    });
    await c.accept('RECEIVE_STATEMENT', { summary: '申辩意见' }, '2025-03-05');
    await c.accept('REVIEW_STATEMENT', { accepted: false, summary: '不采纳' }, '2025-03-06');
    await c.accept('END_NOTICE_PERIOD', {}, '2025-03-11');
    return c.discussIfRequired('2025-03-12');
  };

  it('refuses a decision of 35,000 after a notified 30,000 (G13)', async () => {
    const c = await given();
    expect(c.stage).toBe('decision');
    const heavier = await c.send('DECIDE', decision([fine(35_000)]), '2025-03-13');
    expect(refusal(heavier)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G13'] });
    const asNotified = await c.send('DECIDE', decision([fine(30_000)]), '2025-03-13');
    expect(asNotified.status).toBe(200);
    expect(asNotified.body.case.stage).toBe('enforcement');
  });

  it('accepts 35,000 after a revised proposal, a new 告知书 and a new window', async () => {
    const c = await given();
    const revised = { proposal: proposal([fine(35_000)]), reason: '新证据' };
    await c.accept('REVISE_PROPOSAL', revised, '2025-03-13');
    await c.review('2025-03-14');
    expect(c.stage).toBe('notification');
    await c.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight: true }, '2025-03-17');
    expect(await c.deadline('noticeWindow', '2025-03-17')).toMatchObject({ dueOn: '2025-03-24' });
    await c.accept('END_NOTICE_PERIOD', {}, '2025-03-25');
    await c.discussIfRequired('2025-03-26');
    const decided = await c.send('DECIDE', decision([fine(35_000)]), '2025-03-27');
    expect(decided.status).toBe(200);
    expect(decided.body.case.stage).toBe('enforcement');
    await c.expectReplayable();
  });
});
