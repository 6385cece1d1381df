// PROCEDURE.md §3 (APL 58, 64(4)): a handler of a case may never review, legally review, preside
// over its hearing or be the only approver. Replaced by REPLACE_HANDLERS, the officer still
// investigated the case: they do not review it afterwards either.
import { CREDENTIAL, seedCast, type Cast } from '../support/case-fixtures';
import { company, fine, proposal, refusal, ScenarioCase } from '../support/scenario-steps';
import { startTestApp, type TestApp } from '../support/test-app';

describe('a former handler of the case (separation of duties)', () => {
  let t: TestApp;
  let cast: Cast;
  let both: string;
  beforeAll(async () => {
    t = await startTestApp('2026-11-21T10:00:00+08:00');
    cast = await seedCast(t);
    both = await t.officer({
      id: 'hl',
      roles: ['handler', 'legal_reviewer', 'case_reviewer'],
      enforcementCredential: CREDENTIAL,
      legalQualification: true,
    });
  }, 60_000);
  afterAll(() => t.close());

  async function replacedThenConcluded(yuan: number): Promise<ScenarioCase> {
    const c = await ScenarioCase.open(t, cast, {
      party: company(),
      receivedAt: '2025-03-03',
      violation: { endedAt: '2025-02-20' },
    });
    await c.file('2025-03-04', ['h1', 'hl']);
    await c.accept(
      'REPLACE_HANDLERS',
      { handlerIds: ['h1', 'h2'], reason: '工作调整' },
      '2025-03-05',
    );
    await c.conclude(proposal([fine(yuan)]), '2025-03-20');
    return c;
  }

  it('refuses their case review (403 HANDLER_OF_CASE)', async () => {
    const c = await replacedThenConcluded(50_000);
    expect(c.stage).toBe('caseReview');
    const review = await c.send('APPROVE_REVIEW', { opinion: '同意' }, '2025-03-21', both);
    expect(refusal(review)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(review.body.conflict).toBe('HANDLER_OF_CASE');
  });

  it('refuses their legal review (403 HANDLER_OF_CASE); another reviewer passes it', async () => {
    const c = await replacedThenConcluded(500_000);
    expect(c.stage).toBe('legalReview');
    const legal = await c.send('PASS_LEGAL_REVIEW', { opinion: '同意' }, '2025-03-21', both);
    expect(refusal(legal)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(legal.body.conflict).toBe('HANDLER_OF_CASE');
    await c.accept('PASS_LEGAL_REVIEW', { opinion: '同意' }, '2025-03-21');
    await c.expectReplayable();
  });
});
