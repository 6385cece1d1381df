// Issue 12, class 2: the hearing right (APL 63, 64). A timely request in scope is heard, by the
// designated officer, on the notified day; statements do not close the request window.
import type { Penalty } from '../../workflows/model/domain.types';
import { rulesOn } from '../../workflows/penalty-case/penalty-case.dates';
import {
  hearingScopeOf,
  legalReviewRequirement,
  needsNotice,
} from '../../workflows/penalty-case/penalty-case.derived';
import type { TransitionResult } from '../../workflows/penalty-case/transition.types';
import { CaseDriver, guardIds } from './support/case-driver';
import { company, fine, makeOfficer, makeProposal } from './support/factories';
import { notifiedCase } from './support/histories';
import { sendOnV1 } from './support/v1-replay';

const messages = (result: TransitionResult, id: string): string =>
  result.ok || result.code !== 'GUARD_FAILED'
    ? ''
    : result.guards
        .filter((guard) => guard.id === id)
        .map((guard) => guard.message)
        .join('; ');

/** A 20,000-yuan fine on a natural person (in scope): notice served Mon 2025-03-03, window to 03-10. */
const inScope = () =>
  notifiedCase({ penalties: [fine(20_000)], noticeOn: '2025-03-03', includesHearingRight: true });

describe('the hearing-request window (APL 64(1))', () => {
  const withStatementReviewed = () => {
    const driver = inScope();
    driver.accept('RECEIVE_STATEMENT', { summary: '申辩' }, '2025-03-04');
    driver.accept('REVIEW_STATEMENT', { accepted: false, summary: '不采纳' }, '2025-03-05');
    return driver;
  };

  it('is not closed by one statement reviewed early', () => {
    // Given a statement received and reviewed on the second day, When the period is ended early
    const result = withStatementReviewed().refuse('END_NOTICE_PERIOD', {}, '2025-03-06');
    // Then it is refused: the party may still ask for a hearing until 03-10
    expect(messages(result, 'G12')).toMatch(/window .* ends on 2025-03-10/);
  });

  it('still takes a hearing request after the statement was reviewed', () => {
    const driver = withStatementReviewed();
    expect(driver.accept('REQUEST_HEARING', {}, '2025-03-07').stage).toBe('hearing');
  });

  it('stays closed by reviewed statements when the notice carried no hearing right', () => {
    const driver = notifiedCase({ penalties: [fine(5_000)], noticeOn: '2025-03-03' });
    driver.accept('RECEIVE_STATEMENT', { summary: '申辩' }, '2025-03-04');
    driver.accept('REVIEW_STATEMENT', { accepted: false, summary: '不采纳' }, '2025-03-05');
    expect(driver.accept('END_NOTICE_PERIOD', {}, '2025-03-06').stage).toBe('decision');
  });

  it('leaves a case pinned to v1 as recorded (the statement ended the window there)', () => {
    expect(sendOnV1(withStatementReviewed(), 'END_NOTICE_PERIOD', {}, '2025-03-06').ok).toBe(true);
  });
});

describe('a timely request in scope is heard (APL 63: 应当组织听证)', () => {
  const requested = () => {
    const driver = inScope();
    driver.accept('REQUEST_HEARING', {}, '2025-03-04');
    return driver;
  };
  const reject = (driver: CaseDriver, ground?: string) =>
    driver.send(
      'REJECT_HEARING',
      { reason: '不予受理', ...(ground ? { ground } : {}) },
      '2025-03-05',
    );

  it('refuses a rejection without a ground', () => {
    expect(messages(reject(requested()), 'G14')).toMatch(/name the ground/);
  });

  it('refuses to reject a timely request as late', () => {
    expect(messages(reject(requested(), 'late'), 'G14')).toMatch(/within the window ending/);
  });

  it('refuses to reject a request in scope as out of scope', () => {
    expect(messages(reject(requested(), 'out_of_scope'), 'G14')).toMatch(/large_fine/);
  });

  it('records the rejection of a withdrawn request', () => {
    const driver = requested();
    expect(reject(driver, 'withdrawn').ok).toBe(true);
    expect(driver.context.hearings[0].rejected?.ground).toBe('withdrawn');
  });

  it('allows rejecting as late a request accepted only as DEADLINE_AMBIGUOUS (S04)', () => {
    // Spring Festival 2026: the window ends Thu 02-26 officially, Fri 02-27 on weekdays only.
    const driver = notifiedCase({ penalties: [fine(20_000)], noticeOn: '2026-02-12' });
    expect(driver.accept('REQUEST_HEARING', {}, '2026-02-27').flags).toEqual([
      'DEADLINE_AMBIGUOUS',
    ]);
    const result = driver.send('REJECT_HEARING', { reason: '逾期', ground: 'late' }, '2026-03-02');
    expect(result.ok).toBe(true);
  });

  it('allows rejecting as out of scope a borderline request (fine and confiscation only together)', () => {
    const penalties: Penalty[] = [
      fine(6_000),
      { kind: 'confiscate_illegal_gains', amountFen: 600_000 },
    ];
    const driver = notifiedCase({ penalties, noticeOn: '2025-03-03', includesHearingRight: true });
    driver.accept('REQUEST_HEARING', {}, '2025-03-04');
    expect(reject(driver, 'out_of_scope').ok).toBe(true);
  });

  it('leaves a case pinned to v1 as recorded (any rejection was accepted there)', () => {
    expect(sendOnV1(requested(), 'REJECT_HEARING', { reason: '不予受理' }, '2025-03-05').ok).toBe(
      true,
    );
  });
});

describe('the hearing is held as notified, by the designated officer (APL 64(2), (4), 85)', () => {
  const ho2 = makeOfficer({ id: 'ho2', roles: ['hearing_officer'] });
  /** A company fined 150,000 yuan: hearing on Tue 2025-05-13, notice served 04-29 (7 WD). */
  const scheduled = () => {
    const driver = notifiedCase({
      party: company(),
      penalties: [fine(150_000)],
      noticeOn: '2025-04-14',
      includesHearingRight: true,
    }).withOfficers(ho2);
    driver.accept('REQUEST_HEARING', {}, '2025-04-15');
    driver.accept('ACCEPT_HEARING', { presidingOfficerId: 'ho1' }, '2025-04-16');
    driver.accept(
      'SCHEDULE_HEARING',
      { hearingAt: '2025-05-13T09:00:00+08:00', noticeServedAt: '2025-04-29' },
      '2025-04-29',
    );
    return driver;
  };

  it('refuses to hold the hearing before the notified day', () => {
    expect(messages(scheduled().refuse('HOLD_HEARING', {}, '2025-05-12'), 'G15')).toMatch(
      /cannot be held before/,
    );
  });

  it('refuses to hold it on another day than notified without a new notice', () => {
    expect(messages(scheduled().refuse('HOLD_HEARING', {}, '2025-05-14'), 'G15')).toMatch(
      /schedule it again/,
    );
  });

  it('refuses a hearing held by an officer other than the designated presiding officer', () => {
    const result = scheduled().refuse('HOLD_HEARING', {}, '2025-05-13', { actor: ho2 });
    expect(messages(result, 'G15')).toMatch(/designated officer ho1, not ho2/);
  });

  it('refuses a report by an officer other than the presiding officer', () => {
    const driver = scheduled();
    driver.accept('HOLD_HEARING', {}, '2025-05-13');
    const result = driver.refuse('SUBMIT_HEARING_REPORT', { opinion: '维持' }, '2025-05-14', {
      actor: ho2,
    });
    expect(guardIds(result)).toEqual(['G15']);
  });

  it('holds it on the notified day, 7 working days after the notice (APL 85: 七日 are WD)', () => {
    const driver = scheduled();
    expect(driver.accept('HOLD_HEARING', {}, '2025-05-13').state).toEqual({ hearing: 'held' });
  });

  it('refuses a notice served fewer than 7 working days before the hearing (S05)', () => {
    const driver = scheduled();
    const result = driver.refuse(
      'SCHEDULE_HEARING',
      { hearingAt: '2025-05-13T09:00:00+08:00', noticeServedAt: '2025-04-30' },
      '2025-04-30',
    );
    expect(guardIds(result)).toEqual(['G15']);
  });

  it('leaves a case pinned to v1 as recorded (any hearing officer could hold it there)', () => {
    expect(sendOnV1(scheduled(), 'HOLD_HEARING', {}, '2025-05-13', ho2).ok).toBe(true);
  });
});

describe('a confiscation of unstated value (APL 63(2): 没收较大价值非法财物)', () => {
  // The schema may come to require the value; the rule holds without it.
  const unstated = makeProposal([{ kind: 'confiscate_illegal_property' }]);
  const context = () => {
    const driver = CaseDriver.open({}, '2025-03-03').file('2025-03-04');
    return { ...driver.context, proposal: unstated };
  };

  it('is in the hearing scope', () => {
    const ctx = context();
    expect(hearingScopeOf(ctx, rulesOn('2025-03-20')).reasons).toContain(
      'confiscation_value_unstated',
    );
  });

  it('requires legal review', () => {
    const ctx = context();
    expect(legalReviewRequirement(ctx, rulesOn('2025-03-20')).reasons).toContain(
      'confiscation_value_unstated',
    );
  });

  it('is not in scope once its value is stated below the threshold', () => {
    const ctx = {
      ...context(),
      proposal: makeProposal([{ kind: 'confiscate_illegal_property', amountFen: 100_000 }]),
    };
    expect(hearingScopeOf(ctx, rulesOn('2025-03-20')).required).toBe(false);
  });

  it('needs a new notice when a revised proposal drops the value the notice stated (APL 44)', () => {
    const stated = { kind: 'confiscate_illegal_property' as const, amountFen: 500_000 };
    const notice = { servedOn: '2025-03-10', method: 'direct', includesHearingRight: false };
    const ctx = { ...context(), notices: [{ ...notice, revision: 1, penalties: [stated] }] };
    expect(needsNotice(ctx)).toBe(true);
    expect(needsNotice({ ...ctx, machine: { id: 'penalty-case', version: 1 } })).toBe(false);
  });

  it('leaves a case pinned to v1 as recorded (an unstated value counted as zero)', () => {
    const ctx = { ...context(), machine: { id: 'penalty-case', version: 1 } };
    expect(hearingScopeOf(ctx, rulesOn('2025-03-20')).required).toBe(false);
  });
});
