// Issue 12, class 7: an accepted defence is adopted (APL 45: 成立的，应当采纳). The review states
// what it adopts; the proposal is revised, or an approver withdraws the adoption with reasons,
// before the notice period ends or the case is decided.
import { CaseDriver, guardIds } from './support/case-driver';
import { fine, makeProposal, OFFICERS } from './support/factories';
import { notifiedCase } from './support/histories';
import { sendOnV1 } from './support/v1-replay';

const decide = (yuan: number) => ({
  decisionNumber: 'D-45',
  outcome: 'penalty',
  penalties: [fine(yuan)],
});
const accepted = { accepted: true, summary: '申辩成立', adopted: '违法所得已退还，从轻处罚' };

/** A 5,000-yuan fine notified Mon 2025-03-03 (window to 03-10); the defence reviewed 03-05. */
function givenAccepted(): CaseDriver {
  const driver = notifiedCase({ penalties: [fine(5_000)], noticeOn: '2025-03-03' });
  driver.accept('RECEIVE_STATEMENT', { summary: '已退还违法所得' }, '2025-03-04');
  driver.accept('REVIEW_STATEMENT', accepted, '2025-03-05');
  return driver;
}

describe('an accepted defence (APL 45)', () => {
  it('states what the review adopts', () => {
    const driver = notifiedCase({ penalties: [fine(5_000)], noticeOn: '2025-03-03' });
    driver.accept('RECEIVE_STATEMENT', { summary: '申辩' }, '2025-03-04');
    const result = driver.refuse(
      'REVIEW_STATEMENT',
      { accepted: true, summary: '成立' },
      '2025-03-05',
    );
    expect(result.ok || result.code).toBe('INVALID_PAYLOAD');
    expect(result.ok || result.message).toMatch(/adopted is required/);
  });

  it('records what was adopted, against the current proposal', () => {
    const review = givenAccepted().context.statements[0].review;
    expect(review).toMatchObject({ accepted: true, adopted: accepted.adopted, revision: 1 });
  });

  it('keeps the notice period open after the window until it is acted on', () => {
    const result = givenAccepted().refuse('END_NOTICE_PERIOD', {}, '2025-03-11');
    expect(guardIds(result)).toEqual(['G12']);
    expect(result.ok || result.message).toMatch(/REVISE_PROPOSAL.*WITHDRAW_ADOPTION/);
  });

  it('blocks the decision until it is acted on', () => {
    expect(guardIds(givenAccepted().refuse('DECIDE', decide(5_000), '2025-03-11'))).toEqual([
      'G12',
    ]);
  });

  it('is acted on by a revised proposal, after which the lighter decision is taken', () => {
    const driver = givenAccepted();
    driver.accept(
      'REVISE_PROPOSAL',
      { proposal: makeProposal([fine(3_000)]), reason: '采纳申辩意见' },
      '2025-03-11',
    );
    driver.review('2025-03-12');
    expect(driver.stage).toBe('decision');
    expect(driver.accept('DECIDE', decide(3_000), '2025-03-13').stage).toBe('enforcement');
  });

  it('is acted on by an approver withdrawing the adoption with reasons', () => {
    const driver = givenAccepted();
    driver.accept('WITHDRAW_ADOPTION', { reason: '复核认定事实有误' }, '2025-03-11');
    expect(driver.context.statements[0].review?.withdrawn).toEqual({
      on: '2025-03-11',
      reason: '复核认定事实有误',
    });
    expect(driver.accept('END_NOTICE_PERIOD', {}, '2025-03-11').stage).toBe('decision');
  });

  it('refuses a withdrawal without reasons', () => {
    const result = givenAccepted().refuse('WITHDRAW_ADOPTION', { reason: ' ' }, '2025-03-11');
    expect(guardIds(result)).toEqual(['G12']);
  });

  it('refuses a withdrawal by a handler (an approver withdraws)', () => {
    const result = givenAccepted().refuse('WITHDRAW_ADOPTION', { reason: '有误' }, '2025-03-11', {
      actor: OFFICERS.h1,
    });
    expect(result.ok || result.code).toBe('FORBIDDEN');
  });

  it('offers no withdrawal when nothing was adopted', () => {
    const driver = notifiedCase({ penalties: [fine(5_000)], noticeOn: '2025-03-03' });
    const result = driver.refuse('WITHDRAW_ADOPTION', { reason: '有误' }, '2025-03-11');
    expect(result.ok || result.code).toBe('ILLEGAL_TRANSITION');
  });

  it('leaves a case pinned to v1 as recorded (an accepted defence changed nothing there)', () => {
    const driver = notifiedCase({ penalties: [fine(5_000)], noticeOn: '2025-03-03' });
    driver.accept('RECEIVE_STATEMENT', { summary: '申辩' }, '2025-03-04');
    // The log was written under v2; on v1 the review needed no `adopted` and bound nothing.
    driver.accept('REVIEW_STATEMENT', accepted, '2025-03-05');
    expect(sendOnV1(driver, 'END_NOTICE_PERIOD', {}, '2025-03-11').ok).toBe(true);
    expect(sendOnV1(driver, 'WITHDRAW_ADOPTION', { reason: '有误' }, '2025-03-11').ok).toBe(false);
  });
});
