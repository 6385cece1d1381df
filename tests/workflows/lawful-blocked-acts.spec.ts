// Issue 12, class 8: lawful acts the machine must not block (中止/终止 after the investigation,
// 确认违法 / 确认无效, 自行纠错, a new decision after a remand — ALL 70, 74, 75; ARL 64; APL 48 ¶2).
import { penaltyCaseV2 as api } from '../../workflows/penalty-case/penalty-case.api';
import { CaseDriver, guardIds } from './support/case-driver';
import { fine } from './support/factories';
import { decidedCase, notifiedCase } from './support/histories';
import { sendAsV1 } from './support/v1';

const dueOn = (driver: CaseDriver, clock: string, asOf: string) =>
  api.deadlines(driver.last.snapshot, asOf).find((d) => d.clock === clock)?.dueOn;

/** Given a case in 审核 since 2025-03-10. */
const inReview = () => {
  const driver = CaseDriver.open({}, '2025-03-03').file('2025-03-04');
  return driver.conclude(driver.penaltyProposal([fine(5_000)]), '2025-03-10');
};

describe('中止 and 终止 from case review (PR; APL 60 excludes the suspension)', () => {
  it('suspends from caseReview and resumes into caseReview', () => {
    const driver = inReview();
    expect(driver.accept('SUSPEND_INVESTIGATION', { ground: '等待检验' }, '2025-03-11').stage).toBe(
      'suspended',
    );
    expect(driver.accept('RESUME_INVESTIGATION', {}, '2025-03-20').stage).toBe('caseReview');
  });

  it('terminates from caseReview', () => {
    const payload = { ground: 'party_dissolved', reason: '当事人注销' };
    expect(inReview().accept('TERMINATE_INVESTIGATION', payload, '2025-03-11').stage).toBe(
      'terminated',
    );
  });

  it('has neither in a v1 case', () => {
    const result = sendAsV1(inReview(), 'SUSPEND_INVESTIGATION', { ground: 'g' }, '2025-03-11');
    expect(result).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
  });
});

describe('中止 from notification: the party’s window pauses (APL 64(1))', () => {
  // Served Mon 2025-03-10: 5 WD end Mon 03-17. Suspended Wed 03-12 to Fri 03-14 (3 WD paused).
  const given = () => {
    const driver = notifiedCase({ penalties: [fine(5_000)], noticeOn: '2025-03-10' });
    driver.accept('SUSPEND_INVESTIGATION', { ground: '当事人住院' }, '2025-03-12');
    return driver;
  };

  it('resumes into notification', () => {
    expect(given().accept('RESUME_INVESTIGATION', {}, '2025-03-14').stage).toBe('notification');
  });

  it('moves the end of the window by the days suspended (03-17 → 03-20)', () => {
    const driver = given();
    driver.accept('RESUME_INVESTIGATION', {}, '2025-03-14');
    expect(guardIds(driver.refuse('END_NOTICE_PERIOD', {}, '2025-03-20'))).toEqual(['G12']);
    driver.accept('END_NOTICE_PERIOD', {}, '2025-03-21');
  });

  it('shows the window paused while the case is suspended', () => {
    // Served 03-10, suspended since 03-12: only 03-11 counted; paused up to the day asked.
    expect(dueOn(given(), 'noticeWindow', '2025-03-14')).toBe('2025-03-20');
  });

  it('returns to the statement review it left', () => {
    const driver = notifiedCase({ penalties: [fine(5_000)], noticeOn: '2025-03-10' });
    driver.accept('RECEIVE_STATEMENT', { summary: '申辩' }, '2025-03-11');
    driver.accept('SUSPEND_INVESTIGATION', { ground: 'g' }, '2025-03-12');
    expect(driver.accept('RESUME_INVESTIGATION', {}, '2025-03-14').state).toEqual({
      notification: 'statementReview',
    });
  });

  it('terminates from notification', () => {
    const payload = { ground: 'party_died', reason: '当事人死亡' };
    expect(given().accept('TERMINATE_INVESTIGATION', payload, '2025-03-13').stage).toBe(
      'terminated',
    );
  });
});

/** Given a decision of 2025-09-15 served and published on GSXT, under reconsideration. */
const published = () => {
  const driver = decidedCase({ penalties: [fine(5_000)], decideOn: '2025-09-15' });
  driver.accept('SERVE_DECISION', { method: 'direct' }, '2025-09-16');
  driver.accept('PUBLISH_DECISION', { channel: 'gsxt' }, '2025-09-17');
  driver.accept('RECORD_APPEAL', { kind: 'reconsideration' }, '2025-09-18');
  return driver;
};

describe('APL 48 ¶2: 确认违法 / 确认无效 are recorded and the disclosure withdrawn in 3 WD', () => {
  it('records 确认违法: the decision stands, the withdrawal clock runs', () => {
    const driver = published();
    driver.accept('RECORD_APPEAL_OUTCOME', { outcome: 'confirmed_illegal' }, '2025-11-03');
    expect(driver.context.decision?.confirmedIllegalOn).toBe('2025-11-03');
    expect(dueOn(driver, 'withdrawal', '2025-11-03')).toBe('2025-11-06');
    driver.accept('WITHDRAW_PUBLICATION', { reason: '确认违法' }, '2025-11-04');
  });

  it('records 确认无效: nothing is owed any more', () => {
    const driver = published();
    driver.accept('RECORD_APPEAL_OUTCOME', { outcome: 'confirmed_void' }, '2025-11-03');
    expect(api.execution(driver.last.snapshot, '2025-11-03')?.fineFen).toBe(0);
    driver.accept('WITHDRAW_PUBLICATION', { reason: '确认无效' }, '2025-11-04');
  });

  it('refuses the v2 outcomes in a v1 case', () => {
    const payload = { outcome: 'confirmed_illegal' };
    expect(sendAsV1(published(), 'RECORD_APPEAL_OUTCOME', payload, '2025-11-03')).toMatchObject({
      code: 'INVALID_PAYLOAD',
    });
  });
});

describe('自行纠错: the bureau revokes its own decision (REVOKE_DECISION)', () => {
  it('revokes it, requires withdrawal within 3 WD and then lets the case close', () => {
    const driver = published();
    const revoked = driver.accept('REVOKE_DECISION', { reason: '适用依据错误' }, '2025-10-09');
    expect(revoked.effects[0]?.data).toMatchObject({ kind: 'WITHDRAWAL_DUE', dueOn: '2025-10-13' });
    expect(dueOn(driver, 'withdrawal', '2025-10-09')).toBe('2025-10-13'); // Sat 10-11 is a working day
    expect(guardIds(driver.refuse('CLOSE_CASE', {}, '2025-10-10'))).toEqual(['G33']);
    driver.accept('WITHDRAW_PUBLICATION', { reason: '自行纠错' }, '2025-10-10');
    driver.accept('CLOSE_CASE', {}, '2025-10-10');
  });

  it('refuses to revoke a decision already revoked (G44)', () => {
    const driver = published();
    driver.accept('REVOKE_DECISION', { reason: 'r' }, '2025-10-09');
    expect(guardIds(driver.refuse('REVOKE_DECISION', { reason: 'r' }, '2025-10-10'))).toEqual([
      'G44',
    ]);
  });
});

describe('ALL 70, ARL 64: a new decision after 撤销并责令重新作出, in the same case', () => {
  const remanded = () => {
    const driver = published();
    driver.accept('RECORD_APPEAL_OUTCOME', { outcome: 'remanded' }, '2025-11-03');
    return driver;
  };

  it('returns the case to the investigation with the old decision kept in its history', () => {
    const driver = remanded();
    expect(driver.state).toEqual({ investigation: 'active' });
    expect(driver.context.decision).toBeUndefined();
    expect(driver.context.formerDecisions?.[0]?.decision).toMatchObject({
      decisionNumber: '京市监罚〔2025〕1号',
      revokedOn: '2025-11-03',
    });
  });

  it('restarts the 90-day case limit on the remand day (ALL 70; ARL 64: 在一定期限内重新作出)', () => {
    expect(dueOn(remanded(), 'caseLimit', '2025-11-03')).toBe('2026-02-01');
  });

  it('requires the old record withdrawn (APL 48 ¶2) and a new notice before the new decision', () => {
    const driver = remanded();
    expect(driver.last.effects).toEqual([
      {
        type: 'NOTIFY',
        data: {
          kind: 'WITHDRAWAL_DUE',
          decisionNumber: '京市监罚〔2025〕1号',
          dueOn: '2025-11-06',
        },
      },
    ]);
    const withdrawn = driver.accept(
      'WITHDRAW_PUBLICATION',
      { reason: '撤销并责令重新作出' },
      '2025-11-04',
    );
    expect(withdrawn.effects[0]?.data).toMatchObject({
      decisionNumber: '京市监罚〔2025〕1号',
      channels: ['gsxt'],
    });
    driver.conclude(driver.penaltyProposal([fine(3_000)]), '2025-11-10').review('2025-11-11');
    expect(driver.stage).toBe('notification');
    driver.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight: false }, '2025-11-12');
    driver.accept('END_NOTICE_PERIOD', {}, '2025-11-20');
    const decided = driver.accept(
      'DECIDE',
      { decisionNumber: '京市监罚〔2025〕9号', outcome: 'penalty', penalties: [fine(3_000)] },
      '2025-11-21',
    );
    expect(decided.stage).toBe('enforcement');
    expect(driver.context.formerDecisions?.[0]?.publications).toHaveLength(1);
    expect(driver.context.publications).toEqual([]);
  });
});
