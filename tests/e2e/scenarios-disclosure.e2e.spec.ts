// Acceptance scenarios S15–S16 (SCENARIOS.md) over HTTP: 行政执法公示, when it is due and what is
// not disclosed (DR 2, 9, 10, 13; GO118).
import { seedCast, type Cast } from '../support/case-fixtures';
import {
  company,
  decidedCase,
  fine,
  onTheSpot,
  person,
  refusal,
  ScenarioCase,
  warning,
} from '../support/scenario-steps';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2026-11-21T10:00:00+08:00';
/**
 * The bureau's own province (DR 10 compares the party's registration with it). API.md names no
 * variable for it; BUREAU_PROVINCE is the name this suite proposes.
 */
const BUREAU_PROVINCE = '上海市';

let t: TestApp;
let cast: Cast;
const previousProvince = process.env.BUREAU_PROVINCE;

beforeAll(async () => {
  process.env.BUREAU_PROVINCE = BUREAU_PROVINCE;
  t = await startTestApp(NOW);
  cast = await seedCast(t);
});
afterAll(async () => {
  await t.close();
  if (previousProvince === undefined) delete process.env.BUREAU_PROVINCE;
  else process.env.BUREAU_PROVINCE = previousProvince;
});

const publicDecision = (decisionNumber: string) =>
  t.http.get(`/api/v1/public/decisions/${encodeURIComponent(decisionNumber)}`);

describe('S15 disclosure deadlines (DR 9, 10; GO118)', () => {
  const decidedMon15September = (registeredProvince: string) =>
    decidedCase(t, cast, {
      party: company({ registeredProvince }),
      penalties: [fine(5_000)],
      decideOn: '2025-09-15',
    });

  it('is due on GSXT Fri 2025-10-17 (20 WD) and on the website Wed 2025-09-24 (7 WD)', async () => {
    const c = await decidedMon15September(BUREAU_PROVINCE);
    expect(await c.deadline('disclosureGsxt', '2025-09-15')).toMatchObject({
      dueOn: '2025-10-17',
      status: 'open',
    });
    expect(await c.deadline('disclosureWebsite', '2025-09-15')).toMatchObject({
      dueOn: '2025-09-24',
      status: 'open',
    });
  });

  it('pushes a party registered in another province by Sun 2025-09-28 (a make-up working day)', async () => {
    const c = await decidedMon15September('北京市');
    expect(await c.deadline('disclosureGsxt', '2025-09-15')).toMatchObject({
      dueOn: '2025-09-28',
      status: 'open',
    });
  });
});

describe('S16 what is not disclosed, and for how long (DR 2, 13)', () => {
  it('does not publish a warning-only decision on GSXT (G25)', async () => {
    const c = await decidedCase(t, cast, { penalties: [warning()], decideOn: '2025-09-15' });
    expect(c.last.state).toMatchObject({ enforcement: { disclosure: 'notRequired' } });
    const res = await c.send('PUBLISH_DECISION', { channel: 'gsxt' }, '2025-09-16');
    expect(refusal(res)).toEqual({ status: 422, code: 'GUARD_FAILED', guards: ['G25'] });
    expect((await publicDecision(c.last.decision!.decisionNumber)).status).toBe(404);
  });

  it('has no publication in the summary procedure', async () => {
    const c = await ScenarioCase.open(t, cast, {
      procedure: 'summary',
      party: person(),
      receivedAt: '2025-09-15',
    });
    await c.accept('DECIDE_ON_SPOT', onTheSpot([fine(100)]), '2025-09-15');
    const res = await c.send('PUBLISH_DECISION', { channel: 'gsxt' }, '2025-09-15');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('ILLEGAL_TRANSITION');
    expect(res.body.allowedEvents).toEqual(expect.any(Array));
    expect(res.body.allowedEvents).not.toContain('PUBLISH_DECISION');
  });

  it('displays 通报批评 only for 3 months', async () => {
    const c = await decidedCase(t, cast, {
      penalties: [{ kind: 'public_criticism' }],
      decideOn: '2025-09-15',
    });
    const res = await c.send('PUBLISH_DECISION', { channel: 'gsxt' }, '2025-09-16');
    expect(res.status).toBe(200);
    expect(await c.deadline('disclosureDuration', '2025-09-16')).toMatchObject({
      dueOn: '2025-12-16',
    });
  });

  it('displays a fine of 200,000 yuan for 3 years', async () => {
    const c = await decidedCase(t, cast, {
      party: company(),
      penalties: [fine(200_000)],
      decideOn: '2025-09-15',
    });
    const res = await c.send('PUBLISH_DECISION', { channel: 'website' }, '2025-09-16');
    expect(res.status).toBe(200);
    expect(await c.deadline('disclosureDuration', '2025-09-16')).toMatchObject({
      dueOn: '2028-09-16',
    });
    const published = await publicDecision(c.last.decision!.decisionNumber);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ publishedOn: '2025-09-16', displayUntil: '2028-09-16' });
    await c.expectReplayable();
  });
});
