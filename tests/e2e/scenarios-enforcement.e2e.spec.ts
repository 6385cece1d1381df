// Acceptance scenarios S11–S14 (SCENARIOS.md) over HTTP: serving the decision, the payment
// deadline and the late-payment surcharge (APL 61, 67, 72; CPL 87, 90, 95; AEL 45).
import { addDays } from '../../workflows/calendar/date-arithmetic';
import { seedCast, type Cast } from '../support/case-fixtures';
import {
  company,
  decidedCase,
  fine,
  person,
  refusal,
  yuan,
  type ScenarioCase,
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

describe('S11 decision served during National Day (APL 61; CPL 85)', () => {
  const given = () => decidedCase(t, cast, { penalties: [fine(5_000)], decideOn: '2025-09-30' });

  it('is due for service Thu 2025-10-16 (Sat 10-11 is a make-up working day)', async () => {
    const c = await given();
    expect(await c.deadline('decisionService', '2025-09-30')).toMatchObject({
      dueOn: '2025-10-16',
      status: 'open',
    });
  });

  it('accepts service on 10-17 with the flag SERVICE_LATE', async () => {
    const c = await given();
    const res = await c.send('SERVE_DECISION', { method: 'direct' }, '2025-10-17');
    expect(res.status).toBe(200);
    expect(res.body.entry.flags).toEqual(['SERVICE_LATE']);
    expect(res.body.case.flags).toContain('SERVICE_LATE');
    expect(res.body.case.state).toMatchObject({ enforcement: { execution: 'payment' } });
    await c.expectReplayable();
  });

  it('does not flag service on 10-16', async () => {
    const c = await given();
    const res = await c.send('SERVE_DECISION', { method: 'direct' }, '2025-10-16');
    expect(res.status).toBe(200);
    expect(res.body.entry.flags).toEqual([]);
  });
});

describe('S12 electronic service without consent (CPL 90, G22)', () => {
  it('refuses it and the payment clock does not start', async () => {
    const c = await decidedCase(t, cast, { penalties: [fine(5_000)], decideOn: '2025-09-15' });
    const res = await c.send('SERVE_DECISION', { method: 'electronic' }, '2025-09-16');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G22'] });
    const view = await c.view('2025-09-16');
    expect(view.deadlines.map((d) => d.clock)).not.toContain('payment');
    expect(view.execution?.dueOn).toBeUndefined();
  });

  it('starts the payment clock once the party has consented: due Thu 2025-10-09', async () => {
    const c = await decidedCase(t, cast, { penalties: [fine(5_000)], decideOn: '2025-09-15' });
    const payload = { method: 'electronic', electronicConsent: true };
    expect((await c.send('SERVE_DECISION', payload, '2025-09-16')).status).toBe(200);
    expect(await c.deadline('payment', '2025-09-16')).toMatchObject({ dueOn: '2025-10-09' });
  });
});

describe('S13 service by public notice (CPL 95)', () => {
  it('is deemed served 2025-12-31 and payment is due Thu 2026-01-15', async () => {
    const unreachable = person({ address: undefined });
    const c = await decidedCase(t, cast, {
      party: unreachable,
      penalties: [fine(5_000)],
      decideOn: '2025-11-27',
    });
    const notice = {
      method: 'public_notice',
      partyCannotBeFound: true,
      recordingSha256: 'ab'.repeat(32),
    };
    expect((await c.send('SERVE_DECISION', notice, '2025-12-01')).status).toBe(200);
    const view = await c.view('2025-12-01');
    const due = (clock: string) => view.deadlines.find((d) => d.clock === clock);
    expect(due('publicNoticeService')).toMatchObject({ dueOn: '2025-12-31', status: 'open' });
    expect(due('payment')).toMatchObject({ dueOn: '2026-01-15', status: 'open' });
    expect(view.execution).toMatchObject({ fineFen: yuan(5_000), dueOn: '2026-01-15' });
    await c.expectReplayable();
  });

  it('refuses a public notice while the party can be found (G24)', async () => {
    const c = await decidedCase(t, cast, { penalties: [fine(5_000)], decideOn: '2025-11-27' });
    const found = { method: 'public_notice', partyCannotBeFound: false };
    const res = await c.send('SERVE_DECISION', found, '2025-12-01');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G24'] });
  });

  it('refuses a public notice without a stated ground to a party with an address (CPL 95; v2)', async () => {
    // penalty-case@1 accepted it flagged PUBLIC_NOTICE_GROUND_UNSTATED; v2 refuses (issue 12).
    const c = await decidedCase(t, cast, { penalties: [fine(5_000)], decideOn: '2025-11-27' });
    const res = await c.send('SERVE_DECISION', { method: 'public_notice' }, '2025-12-01');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G24'] });
  });
});

describe('S14 surcharge capped at the fine (APL 72(1); AEL 45)', () => {
  const fineYuan = 20_000;
  /** A company fined 20,000 yuan on 2025-05-06, served 05-07: payable by Thu 2025-05-22. */
  const given = async () => {
    const c = await decidedCase(t, cast, {
      party: company(),
      penalties: [fine(fineYuan)],
      decideOn: '2025-05-06',
    });
    await c.accept('SERVE_DECISION', { method: 'direct' }, '2025-05-07');
    return c;
  };
  const due = '2025-05-22';
  const execution = async (c: ScenarioCase, daysLate: number) =>
    (await c.view(addDays(due, daysLate))).execution;

  it('is payable by Thu 2025-05-22 (15 days after service)', async () => {
    const c = await given();
    expect(await execution(c, 0)).toEqual({
      fineFen: yuan(fineYuan),
      paidFen: 0,
      surchargeFen: 0,
      dueOn: due,
    });
  });

  it('adds 3% a day: 600 yuan after 1 day, 19,800 after 33 days', async () => {
    const c = await given();
    expect((await execution(c, 1))?.surchargeFen).toBe(yuan(600));
    expect((await execution(c, 33))?.surchargeFen).toBe(yuan(19_800));
  });

  it('caps the surcharge at 20,000 from day 34; after 40 days 40,000 is owed, never compounded', async () => {
    const c = await given();
    expect((await execution(c, 34))?.surchargeFen).toBe(yuan(20_000));
    const day40 = await execution(c, 40);
    expect(day40).toMatchObject({ fineFen: yuan(20_000), paidFen: 0, surchargeFen: yuan(20_000) });
    expect(day40!.fineFen - day40!.paidFen + day40!.surchargeFen).toBe(yuan(40_000));
  });

  it('settles execution only when fine and surcharge are paid', async () => {
    const c = await given();
    const first = await c.accept('RECORD_PAYMENT', { amountFen: yuan(20_000) }, addDays(due, 40));
    expect(first.case.state).toMatchObject({ enforcement: { execution: 'payment' } });
    const second = await c.accept('RECORD_PAYMENT', { amountFen: yuan(20_000) }, addDays(due, 41));
    expect(second.case.state).toMatchObject({ enforcement: { execution: 'done' } });
    expect(second.case.execution).toMatchObject({ paidFen: yuan(40_000) });
    await c.expectReplayable();
  });
});
