// Acceptance scenarios S08–S10 and S17 (SCENARIOS.md) over HTTP: filing, the limitation period,
// the case limit and the summary procedure's bounds (APL 36, 42, 51, 60).
import { seedCast, type Cast } from '../support/case-fixtures';
import {
  company,
  decision,
  filing,
  fine,
  onTheSpot,
  person,
  proposal,
  refusal,
  ScenarioCase,
  warning,
  type Penalty,
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

describe('S08 one handler is not enough (APL 42, G02)', () => {
  const clue = () => ScenarioCase.open(t, cast, { receivedAt: '2025-03-03' });

  it('refuses FILE_CASE with one handler', async () => {
    const c = await clue();
    const res = await c.send('FILE_CASE', filing(['h1']), '2025-03-04');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G02'] });
  });

  it('refuses two handlers when one credential expired the day before', async () => {
    await t.officer({
      id: 'h9',
      roles: ['handler'],
      enforcementCredential: { number: 'SH-0009', validUntil: '2025-03-03' },
    });
    const c = await clue();
    const res = await c.send('FILE_CASE', filing(['h1', 'h9']), '2025-03-04');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G02'] });
  });

  it('files the case with two credentialed handlers', async () => {
    const c = await clue();
    const res = await c.send('FILE_CASE', filing(['h1', 'h2']), '2025-03-04');
    expect(res.status).toBe(200);
    expect(res.body.case.state).toEqual({ investigation: 'active' });
  });
});

describe('S09 limitation period (APL 36, G01)', () => {
  const clue = (lifeHealthOrFinancialHarm: boolean) =>
    ScenarioCase.open(t, cast, {
      receivedAt: '2025-06-01',
      violation: { endedAt: '2023-05-10', lifeHealthOrFinancialHarm },
    });

  it('refuses filing more than 2 years after the labelling violation ended', async () => {
    const c = await clue(false);
    const res = await c.send('FILE_CASE', filing(), '2025-06-03');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G01'] });
  });

  it('accepts it within 5 years when life, health or financial safety was harmed', async () => {
    const c = await clue(true);
    const res = await c.send('FILE_CASE', filing(), '2025-06-03');
    expect(res.status).toBe(200);
    expect(res.body.case.stage).toBe('investigation');
  });
});

describe('S10 suspension pauses the case clock (APL 60)', () => {
  const penalties = [fine(5_000)];

  /** Filed Wed 2025-03-12, suspended 2025-04-01, resumed 2025-05-15. */
  const suspendedAndResumed = async () => {
    const c = await ScenarioCase.open(t, cast, { party: person(), receivedAt: '2025-03-10' });
    await c.file('2025-03-12');
    await c.accept('SUSPEND_INVESTIGATION', { ground: '等待检验结果' }, '2025-04-01');
    await c.accept('RESUME_INVESTIGATION', {}, '2025-05-15');
    return c;
  };

  /** …then concluded, noticed, the notice period ended and the limit extended once by 30 days. */
  const given = async () => {
    const c = await suspendedAndResumed();
    await c.conclude(proposal(penalties), '2025-05-20');
    await c.review('2025-05-21');
    await c.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight: false }, '2025-05-26');
    // Dragon Boat Festival 05-31..06-02: the window ends Tue 06-03.
    await c.accept('END_NOTICE_PERIOD', {}, '2025-06-04');
    await c.accept('EXTEND_CASE_LIMIT', { days: 30 }, '2025-06-05');
    return c;
  };

  it('limits a case filed Wed 2025-03-12 to Tue 2025-06-10', async () => {
    const c = await ScenarioCase.open(t, cast, { party: person(), receivedAt: '2025-03-10' });
    await c.file('2025-03-12');
    expect(await c.deadline('caseLimit', '2025-03-12')).toMatchObject({
      dueOn: '2025-06-10',
      status: 'open',
    });
  });

  it('moves the limit after the suspension to Thu 2025-07-24 (44 days excluded)', async () => {
    const c = await suspendedAndResumed();
    expect(await c.deadline('caseLimit', '2025-05-15')).toMatchObject({
      dueOn: '2025-07-24',
      status: 'open',
    });
  });

  it('shows the limit paused during the suspension', async () => {
    const c = await ScenarioCase.open(t, cast, { party: person(), receivedAt: '2025-03-10' });
    await c.file('2025-03-12');
    const suspended = await c.accept(
      'SUSPEND_INVESTIGATION',
      { ground: '等待检验结果' },
      '2025-04-01',
    );
    expect(suspended.case.state).toEqual({ investigation: 'suspended' });
    expect(await c.deadline('caseLimit', '2025-04-10')).toMatchObject({ status: 'paused' });
  });

  it('moves the limit to Sat 2025-08-23 with a first extension (agency deadlines do not roll)', async () => {
    const c = await given();
    expect(await c.deadline('caseLimit', '2025-06-05')).toMatchObject({
      dueOn: '2025-08-23',
      provisional: false,
    });
  });

  it('refuses DECIDE on 2025-08-25 without a collective extension (G20)', async () => {
    const c = await given();
    const res = await c.send('DECIDE', decision(penalties), '2025-08-25');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G20'] });
  });

  it('refuses a second extension without a collective resolution (G20)', async () => {
    const c = await given();
    const res = await c.send('EXTEND_CASE_LIMIT', { days: 10 }, '2025-08-20');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G20'] });
  });

  it('accepts DECIDE on 08-25 after a collective resolution extends the limit', async () => {
    const c = await given();
    const resolution = { attendeeIds: ['a1', 'a2', 'a3'], until: '2025-09-30' };
    await c.accept('EXTEND_CASE_LIMIT', { collectiveResolution: resolution }, '2025-08-20');
    expect(await c.deadline('caseLimit', '2025-08-20')).toMatchObject({ dueOn: '2025-09-30' });
    const res = await c.send('DECIDE', decision(penalties), '2025-08-25');
    expect(res.status).toBe(200);
    expect(res.body.case.stage).toBe('enforcement');
    await c.expectReplayable();
  });
});

describe('S17 summary-procedure bounds (APL 51, G31)', () => {
  /** 当场处罚 on a summary case opened on the spot. */
  const decideOnTheSpot = async (party: Record<string, unknown>, penalties: Penalty[]) => {
    const c = await ScenarioCase.open(t, cast, {
      procedure: 'summary',
      party,
      receivedAt: '2025-06-02',
    });
    return c.send('DECIDE_ON_SPOT', onTheSpot(penalties), '2025-06-02');
  };

  it('accepts 200 yuan on a natural person', async () => {
    expect((await decideOnTheSpot(person(), [fine(200)])).status).toBe(200);
  });

  it('refuses 201 yuan on a natural person (G31)', async () => {
    const res = await decideOnTheSpot(person(), [fine(201)]);
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G31'] });
  });

  it('accepts 3,000 yuan on an organisation', async () => {
    expect((await decideOnTheSpot(company(), [fine(3_000)])).status).toBe(200);
  });

  it('refuses 3,000.01 yuan (300,001 fen) on an organisation (G31)', async () => {
    const res = await decideOnTheSpot(company(), [{ kind: 'fine', amountFen: 300_001 }]);
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G31'] });
  });

  it('accepts a warning', async () => {
    expect((await decideOnTheSpot(person(), [warning()])).status).toBe(200);
  });
});
