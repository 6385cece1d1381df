// Acceptance scenarios S01–S04 and S19 (SCENARIOS.md) over HTTP: the 告知书, its window and the
// rights it carries (APL 44, 45, 63, 64).
import { seedCast, type Cast } from '../support/case-fixtures';
import {
  caseAwaitingNotice,
  company,
  decision,
  fine,
  notifiedCase,
  person,
  refusal,
} from '../support/scenario-steps';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-21T10:00:00+08:00';

let t: TestApp;
let cast: Cast;

beforeAll(async () => {
  t = await startTestApp(NOW);
  cast = await seedCast(t);
});
afterAll(() => t.close());

describe('S01 hearing offered to a company (APL 63, 64)', () => {
  const given = () =>
    caseAwaitingNotice(t, cast, {
      party: company(),
      penalties: [fine(150_000)],
      noticeOn: '2025-03-03',
    });

  it('refuses a 告知书 for a 150,000-yuan fine without the hearing right (G11)', async () => {
    const c = await given();
    expect(c.stage).toBe('notification');
    const res = await c.send(
      'SERVE_NOTICE',
      { method: 'direct', includesHearingRight: false },
      '2025-03-03',
    );
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G11'] });
  });

  it('opens a window ending Mon 2025-03-10 and refuses a hearing request on 03-11 (G14)', async () => {
    const c = await given();
    await c.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight: true }, '2025-03-03');
    expect(await c.deadline('noticeWindow', '2025-03-03')).toMatchObject({
      dueOn: '2025-03-10',
      status: 'open',
    });
    const res = await c.send('REQUEST_HEARING', {}, '2025-03-11');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G14'] });
  });

  it('accepts a request postmarked 03-10 and received 03-12 (CPL 85)', async () => {
    const c = await given();
    await c.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight: true }, '2025-03-03');
    const res = await c.send('REQUEST_HEARING', { postmarkedAt: '2025-03-10' }, '2025-03-12');
    expect(res.status).toBe(200);
    expect(res.body.case).toMatchObject({ stage: 'hearing', state: { hearing: 'requested' } });
    expect(res.body.entry.flags).toEqual([]);
    await c.expectReplayable();
  });
});

describe('S02 individual below the hearing threshold [C] (APL 63; our decision: G11)', () => {
  const given = () =>
    caseAwaitingNotice(t, cast, {
      party: person(),
      penalties: [fine(8_000)],
      noticeOn: '2025-03-03',
    });
  const served = async () => {
    const c = await given();
    await c.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight: false }, '2025-03-03');
    return c;
  };

  it('refuses a 告知书 that offers a hearing the law does not give (G11)', async () => {
    const c = await given();
    const res = await c.send(
      'SERVE_NOTICE',
      { method: 'direct', includesHearingRight: true },
      '2025-03-03',
    );
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G11'] });
  });

  it('keeps the statement and defence rights (APL 45)', async () => {
    const c = await served();
    const statement = await c.accept('RECEIVE_STATEMENT', { summary: '申辩意见' }, '2025-03-05');
    expect(statement.case.state).toEqual({ notification: 'statementReview' });
    const reviewed = await c.accept(
      'REVIEW_STATEMENT',
      { accepted: false, summary: '不采纳' },
      '2025-03-06',
    );
    expect(reviewed.case.state).toEqual({ notification: 'awaitingResponse' });
  });

  it('refuses END_NOTICE_PERIOD before the window ends on 03-10 (G12) and accepts it on 03-11', async () => {
    const c = await served();
    for (const early of ['2025-03-07', '2025-03-10']) {
      const res = await c.send('END_NOTICE_PERIOD', {}, early);
      expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G12'] });
    }
    const ended = await c.send('END_NOTICE_PERIOD', {}, '2025-03-11');
    expect(ended.status).toBe(200);
    expect(ended.body.case.stage).toBe('decision');
    await c.expectReplayable();
  });
});

describe('S03 licence revocation without a fine (APL 58, 63)', () => {
  const revocation = [{ kind: 'revoke_license' }];
  const given = () =>
    caseAwaitingNotice(t, cast, {
      party: person({ kind: 'individual_business', name: '某某便利店' }),
      penalties: revocation,
      noticeOn: '2025-03-03',
    });

  it('routes the proposal to legal review (§5 default list)', async () => {
    const c = await given();
    // 立案 → 调查终结 → 法制审核 → 审批 → 告知
    expect(c.stages).toEqual([
      'clueVerification',
      'investigation',
      'legalReview',
      'proposalApproval',
      'notification',
    ]);
  });

  it('requires the hearing right whatever the amount (G11)', async () => {
    const c = await given();
    const refused = await c.send(
      'SERVE_NOTICE',
      { method: 'direct', includesHearingRight: false },
      '2025-03-03',
    );
    expect(refusal(refused)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G11'] });
    const served = await c.send(
      'SERVE_NOTICE',
      { method: 'direct', includesHearingRight: true },
      '2025-03-03',
    );
    expect(served.status).toBe(200);
    expect(served.body.case.state).toEqual({ notification: 'awaitingResponse' });
  });
});

describe('S04 Spring Festival 2026: make-up working days (APL 64(1))', () => {
  const given = () =>
    notifiedCase(t, cast, {
      party: company(),
      penalties: [fine(150_000)],
      noticeOn: '2026-02-12',
      includesHearingRight: true,
    });

  it('ends the window on Thu 2026-02-26 (Sat 02-14 is a make-up working day)', async () => {
    const c = await given();
    expect(await c.deadline('noticeWindow', '2026-02-12')).toMatchObject({
      dueOn: '2026-02-26',
      provisional: false,
    });
  });

  it('accepts a hearing request on Fri 02-27 with the flag DEADLINE_AMBIGUOUS', async () => {
    const c = await given();
    const res = await c.send('REQUEST_HEARING', {}, '2026-02-27');
    expect(res.status).toBe(200);
    expect(res.body.entry.flags).toEqual(['DEADLINE_AMBIGUOUS']);
    expect(res.body.case.flags).toContain('DEADLINE_AMBIGUOUS');
    expect(res.body.case.state).toEqual({ hearing: 'requested' });
  });

  it('refuses a request late on both readings, Mon 03-02 (G14)', async () => {
    const c = await given();
    const res = await c.send('REQUEST_HEARING', {}, '2026-03-02');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G14'] });
  });
});

describe('S19 waiver in writing (APL 64(1))', () => {
  it('accepts END_NOTICE_PERIOD and DECIDE before the 5-WD window ends', async () => {
    const c = await notifiedCase(t, cast, { penalties: [fine(5_000)], noticeOn: '2025-03-03' });
    await c.accept('WAIVE_RIGHTS', {}, '2025-03-04');
    const ended = await c.send('END_NOTICE_PERIOD', {}, '2025-03-04');
    expect(ended.status).toBe(200);
    expect(ended.body.case.stage).toBe('decision');
    const decided = await c.send('DECIDE', decision([fine(5_000)]), '2025-03-05');
    expect(decided.status).toBe(200);
    expect(decided.body.case.stage).toBe('enforcement');
    await c.expectReplayable();
  });
});
