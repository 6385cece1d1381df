// Acceptance scenarios S01–S07, S18, S19 (SCENARIOS.md) on the pure transition API.
import { penaltyCaseV2 as api } from '../../workflows/penalty-case/penalty-case.api';
import { CaseDriver, filing, guardIds } from './support/case-driver';
import { company, fine, makeOfficer, makeParty, makeProposal, yuan } from './support/factories';
import { discussIfRequired, notifiedCase } from './support/histories';

const hearingAt = (date: string) => `${date}T09:00:00+08:00`;

function deadline(driver: CaseDriver, clock: string, asOf: string) {
  return api.deadlines(driver.last.snapshot, asOf).find((d) => d.clock === clock);
}

describe('S01 hearing offered to a company (APL 63, 64)', () => {
  function givenNoticeDue() {
    const driver = CaseDriver.open({ party: company() }, '2025-02-17');
    return driver.toNotification(makeProposal([fine(150_000)]), {
      filed: '2025-02-18',
      concluded: '2025-02-24',
      approved: '2025-02-26',
    });
  }

  it('refuses a notice without the hearing right (G11)', () => {
    const driver = givenNoticeDue();
    const result = driver.refuse(
      'SERVE_NOTICE',
      { method: 'direct', includesHearingRight: false },
      '2025-03-03',
    );
    expect(guardIds(result)).toEqual(['G11']);
  });

  it('opens a window ending Mon 2025-03-10; a request on 03-11 is late (G14)', () => {
    const driver = givenNoticeDue();
    driver.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight: true }, '2025-03-03');
    expect(deadline(driver, 'noticeWindow', '2025-03-03')?.dueOn).toBe('2025-03-10');
    expect(guardIds(driver.refuse('REQUEST_HEARING', {}, '2025-03-11'))).toEqual(['G14']);
  });

  it('accepts a request postmarked 03-10 and received 03-12 (CPL 85)', () => {
    const driver = givenNoticeDue();
    driver.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight: true }, '2025-03-03');
    const result = driver.accept('REQUEST_HEARING', { postmarkedAt: '2025-03-10' }, '2025-03-12');
    expect(result.state).toEqual({ hearing: 'requested' });
    expect(result.flags).toEqual([]);
  });
});

describe('S02 individual below the hearing threshold [C]', () => {
  const given = () =>
    CaseDriver.open({}, '2025-02-17').toNotification(makeProposal([fine(8_000)]), {
      filed: '2025-02-18',
      concluded: '2025-02-24',
      approved: '2025-02-26',
    });

  it('refuses a notice that offers a hearing the law does not give (G11, our decision)', () => {
    const result = given().refuse(
      'SERVE_NOTICE',
      { method: 'direct', includesHearingRight: true },
      '2025-03-03',
    );
    expect(guardIds(result)).toEqual(['G11']);
  });

  it('keeps the statement and defence rights', () => {
    const driver = given();
    driver.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight: false }, '2025-03-03');
    expect(driver.accept('RECEIVE_STATEMENT', { summary: '申辩' }, '2025-03-05').state).toEqual({
      notification: 'statementReview',
    });
    expect(
      driver.accept('REVIEW_STATEMENT', { accepted: false, summary: '不采纳' }, '2025-03-06').state,
    ).toEqual({
      notification: 'awaitingResponse',
    });
  });

  it('refuses END_NOTICE_PERIOD before the window ends (G12) and accepts it on 03-11', () => {
    const driver = given();
    driver.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight: false }, '2025-03-03');
    expect(guardIds(driver.refuse('END_NOTICE_PERIOD', {}, '2025-03-07'))).toEqual(['G12']);
    expect(guardIds(driver.refuse('END_NOTICE_PERIOD', {}, '2025-03-10'))).toEqual(['G12']);
    expect(driver.accept('END_NOTICE_PERIOD', {}, '2025-03-11').stage).toBe('decision');
  });

  it('lets the timer process end the period', () => {
    const driver = given();
    driver.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight: false }, '2025-03-03');
    const result = driver.accept('END_NOTICE_PERIOD', {}, '2025-03-11', {
      actor: { id: 'system', roles: [] },
    });
    expect(result.stage).toBe('decision');
  });
});

describe('S03 licence revocation without a fine', () => {
  const revoke = makeProposal([{ kind: 'revoke_license' }]);
  const given = () => {
    const driver = CaseDriver.open(
      { party: makeParty({ kind: 'individual_business' }) },
      '2025-02-17',
    );
    return driver.file('2025-02-18').conclude(revoke, '2025-02-24');
  };

  it('requires legal review (§5 default list)', () => {
    expect(given().stage).toBe('legalReview');
  });

  it('requires the hearing right whatever the amount (APL 63)', () => {
    const driver = given().review('2025-02-26');
    expect(driver.stage).toBe('notification');
    const refused = driver.refuse(
      'SERVE_NOTICE',
      { method: 'direct', includesHearingRight: false },
      '2025-03-03',
    );
    expect(guardIds(refused)).toEqual(['G11']);
    driver.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight: true }, '2025-03-03');
  });
});

describe('S04 Spring Festival 2026 (make-up working days)', () => {
  const given = () =>
    notifiedCase({
      party: company(),
      penalties: [fine(150_000)],
      noticeOn: '2026-02-12',
      includesHearingRight: true,
    });

  it('ends the window on Thu 2026-02-26 (02-14 is a make-up working day)', () => {
    expect(deadline(given(), 'noticeWindow', '2026-02-12')).toMatchObject({
      dueOn: '2026-02-26',
      provisional: false,
    });
  });

  it('accepts a request on 02-27 with the flag DEADLINE_AMBIGUOUS', () => {
    const result = given().accept('REQUEST_HEARING', {}, '2026-02-27');
    expect(result.flags).toEqual(['DEADLINE_AMBIGUOUS']);
    expect(result.context.flags).toContain('DEADLINE_AMBIGUOUS');
  });

  it('refuses a request late on both readings (G14)', () => {
    expect(guardIds(given().refuse('REQUEST_HEARING', {}, '2026-03-02'))).toEqual(['G14']);
  });
});

describe('S05 hearing-notice lead time (APL 64(2))', () => {
  const given = () => {
    const driver = notifiedCase({
      party: company(),
      penalties: [fine(150_000)],
      noticeOn: '2025-04-14',
      includesHearingRight: true,
    });
    driver.accept('REQUEST_HEARING', {}, '2025-04-15');
    driver.accept('ACCEPT_HEARING', { presidingOfficerId: 'ho1' }, '2025-04-16');
    return driver;
  };

  it('accepts a notice served Tue 2025-04-29 for a hearing on Tue 2025-05-13 (exactly 7 WD)', () => {
    const result = given().accept(
      'SCHEDULE_HEARING',
      { hearingAt: hearingAt('2025-05-13'), noticeServedAt: '2025-04-29' },
      '2025-04-30',
    );
    expect(result.state).toEqual({ hearing: 'scheduled' });
  });

  it('refuses a notice served Wed 2025-04-30 (G15)', () => {
    const result = given().refuse(
      'SCHEDULE_HEARING',
      { hearingAt: hearingAt('2025-05-13'), noticeServedAt: '2025-04-30' },
      '2025-04-30',
    );
    expect(guardIds(result)).toEqual(['G15']);
  });
});

describe('S06 a held hearing forces legal review (APL 58(2))', () => {
  // A large confiscation is in the hearing scope but not on the legal-review list.
  const confiscation = { kind: 'confiscate_illegal_gains' as const, amountFen: yuan(150_000) };
  const given = () => {
    const driver = notifiedCase({
      party: company(),
      penalties: [confiscation],
      noticeOn: '2025-04-14',
      includesHearingRight: true,
    });
    expect(driver.context.reviews.map((r) => r.kind)).toEqual(['case']);
    driver.accept('REQUEST_HEARING', {}, '2025-04-15');
    driver.accept('ACCEPT_HEARING', { presidingOfficerId: 'ho1' }, '2025-04-16');
    driver.accept(
      'SCHEDULE_HEARING',
      { hearingAt: hearingAt('2025-05-13'), noticeServedAt: '2025-04-29' },
      '2025-04-29',
    );
    driver.accept('HOLD_HEARING', {}, '2025-05-13');
    return driver.accept('SUBMIT_HEARING_REPORT', { opinion: '维持' }, '2025-05-14') && driver;
  };
  const decide = { decisionNumber: 'D-6', outcome: 'penalty', penalties: [confiscation] };

  it('refuses DECIDE with only a case review on file (G18)', () => {
    const driver = given();
    expect(driver.stage).toBe('legalReview');
    expect(guardIds(driver.refuse('DECIDE', decide, '2025-05-15'))).toEqual(['G18']);
  });

  it('accepts DECIDE after PASS_LEGAL_REVIEW by a qualified reviewer', () => {
    const driver = given();
    expect(driver.accept('PASS_LEGAL_REVIEW', { opinion: '同意' }, '2025-05-15').stage).toBe(
      'decision',
    );
    expect(driver.accept('DECIDE', decide, '2025-05-16').stage).toBe('enforcement');
  });
});

describe('S07 a reviewer who handled the case (APL 58, G09)', () => {
  const zhang = makeOfficer({
    id: 'zhang',
    roles: ['handler', 'legal_reviewer'],
    legalQualification: true,
  });
  const given = () => {
    const driver = CaseDriver.open({ party: company() }, '2025-02-17').withOfficers(zhang);
    driver.accept('FILE_CASE', filing(['zhang', 'h2']), '2025-02-18');
    driver.accept(
      'CONCLUDE_INVESTIGATION',
      { report: { facts: 'f', evidenceSummary: 'e' }, proposal: makeProposal([fine(150_000)]) },
      '2025-02-24',
      { actor: zhang },
    );
    expect(driver.stage).toBe('legalReview');
    return driver;
  };

  it('forbids PASS_LEGAL_REVIEW by Zhang, a handler of the case', () => {
    const result = given().refuse('PASS_LEGAL_REVIEW', { opinion: 'ok' }, '2025-02-25', {
      actor: zhang,
    });
    expect(result).toMatchObject({ code: 'FORBIDDEN', conflict: 'HANDLER_OF_CASE' });
  });

  it('forbids a first-time reviewer without the 法律职业资格', () => {
    const novice = makeOfficer({
      id: 'novice',
      roles: ['legal_reviewer'],
      legalQualification: false,
    });
    const result = given().refuse('PASS_LEGAL_REVIEW', { opinion: 'ok' }, '2025-02-25', {
      actor: novice,
    });
    expect(result).toMatchObject({ code: 'FORBIDDEN', conflict: 'UNQUALIFIED_LEGAL_REVIEWER' });
  });

  it('lets a reviewer appointed before 2021-07-15 review without the qualification', () => {
    const veteran = makeOfficer({
      id: 'veteran',
      roles: ['legal_reviewer'],
      legalReviewerSince: '2019-03-01',
    });
    expect(
      given().accept('PASS_LEGAL_REVIEW', { opinion: 'ok' }, '2025-02-25', { actor: veteran })
        .stage,
    ).toBe('proposalApproval');
  });
});

describe('S18 heavier after a defence (APL 45)', () => {
  const decide30 = { decisionNumber: 'D-18', outcome: 'penalty', penalties: [fine(30_000)] };
  const decide35 = { ...decide30, penalties: [fine(35_000)] };
  const given = () => {
    const driver = notifiedCase({
      penalties: [fine(30_000)],
      noticeOn: '2025-03-03',
      includesHearingRight: true,
    });
    driver.accept('RECEIVE_STATEMENT', { summary: '申辩' }, '2025-03-05');
    driver.accept('REVIEW_STATEMENT', { accepted: false, summary: '不采纳' }, '2025-03-06');
    driver.accept('END_NOTICE_PERIOD', {}, '2025-03-11');
    return discussIfRequired(driver, '2025-03-12');
  };

  it('refuses a decision heavier than notified (G13)', () => {
    const driver = given();
    expect(driver.stage).toBe('decision');
    expect(guardIds(driver.refuse('DECIDE', decide35, '2025-03-13'))).toEqual(['G13']);
    expect(driver.accept('DECIDE', decide30, '2025-03-13').stage).toBe('enforcement');
  });

  it('accepts the heavier decision after a revised proposal, a new notice and a new window', () => {
    const driver = given();
    driver.accept(
      'REVISE_PROPOSAL',
      { proposal: makeProposal([fine(35_000)]), reason: '新证据' },
      '2025-03-13',
    );
    driver.review('2025-03-14');
    expect(driver.stage).toBe('notification');
    driver.accept('SERVE_NOTICE', { method: 'direct', includesHearingRight: true }, '2025-03-17');
    expect(guardIds(driver.refuse('DECIDE', decide35, '2025-03-18'))).toEqual(['G12', 'G19']);
    driver.accept('END_NOTICE_PERIOD', {}, '2025-03-25');
    discussIfRequired(driver, '2025-03-26');
    expect(driver.accept('DECIDE', decide35, '2025-03-27').stage).toBe('enforcement');
  });
});

describe('S19 waiver (APL 64(1))', () => {
  it('accepts END_NOTICE_PERIOD and DECIDE before the 5-WD window ends', () => {
    const driver = notifiedCase({ penalties: [fine(5_000)], noticeOn: '2025-03-03' });
    driver.accept('WAIVE_RIGHTS', {}, '2025-03-04');
    expect(driver.accept('END_NOTICE_PERIOD', {}, '2025-03-04').stage).toBe('decision');
    const decided = driver.accept(
      'DECIDE',
      { decisionNumber: 'D-19', outcome: 'penalty', penalties: [fine(5_000)] },
      '2025-03-05',
    );
    expect(decided.stage).toBe('enforcement');
    expect(decided.effects).toEqual([expect.objectContaining({ type: 'DECISION_MADE' })]);
  });
});
