// Guards G01–G20 that no acceptance scenario covers on both sides, access refusals, payloads, flags.
import { CaseDriver, filing, guardIds, report } from './support/case-driver';
import { company, fine, makeOfficer, makeProposal, yuan } from './support/factories';
import { notifiedCase } from './support/histories';

const filed = () => CaseDriver.open({}, '2025-03-03').file('2025-03-04');

describe('access before any guard (PROCEDURE.md §3)', () => {
  it('answers a missing role with FORBIDDEN naming the role', () => {
    const result = CaseDriver.open({}, '2025-03-03').refuse('FILE_CASE', filing(), '2025-03-04', {
      actor: makeOfficer({ id: 'h1' }),
    });
    expect(result).toMatchObject({ code: 'FORBIDDEN', missingRole: 'approver' });
  });

  it('G06 forbids a recused actor (APL 43)', () => {
    const result = filed().refuse(
      'RECORD_EVIDENCE',
      { kind: 'document', description: 'd' },
      '2025-03-05',
      {
        envelope: { recusedOfficerIds: ['h1'] },
      },
    );
    expect(result).toMatchObject({ code: 'FORBIDDEN', conflict: 'RECUSED' });
  });

  it('G06 refuses to name a recused officer as handler', () => {
    const driver = CaseDriver.open({}, '2025-03-03');
    const refused = driver.refuse('FILE_CASE', filing(), '2025-03-04', {
      envelope: { recusedOfficerIds: ['h2'] },
    });
    expect(guardIds(refused)).toEqual(['G06']);
  });

  it('forbids a handler who is not assigned to the case', () => {
    const other = makeOfficer({ id: 'h3' });
    const result = filed().refuse(
      'RECORD_EVIDENCE',
      { kind: 'document', description: 'd' },
      '2025-03-05',
      { actor: other },
    );
    expect(result).toMatchObject({ code: 'FORBIDDEN', conflict: 'NOT_HANDLER_OF_CASE' });
  });

  it('G09 forbids a handler acting as case reviewer', () => {
    const both = makeOfficer({ id: 'h1', roles: ['handler', 'case_reviewer'] });
    const driver = filed().conclude(makeProposal([fine(5_000)]), '2025-03-10');
    const result = driver.refuse('APPROVE_REVIEW', { opinion: 'ok' }, '2025-03-11', {
      actor: both,
    });
    expect(result).toMatchObject({ code: 'FORBIDDEN', conflict: 'HANDLER_OF_CASE' });
    expect(driver.accept('APPROVE_REVIEW', { opinion: 'ok' }, '2025-03-11').stage).toBe(
      'proposalApproval',
    );
  });

  it('forbids a handler to be the only approver of the decision', () => {
    const boss = makeOfficer({ id: 'h2', roles: ['handler', 'approver'] });
    const driver = notifiedCase({ penalties: [fine(5_000)], noticeOn: '2025-03-03' });
    driver.accept('END_NOTICE_PERIOD', {}, '2025-03-11');
    const decide = { decisionNumber: 'D', outcome: 'penalty', penalties: [fine(5_000)] };
    expect(driver.refuse('DECIDE', decide, '2025-03-12', { actor: boss })).toMatchObject({
      conflict: 'HANDLER_OF_CASE',
    });
  });
});

describe('payloads are validated before the guards (INVALID_PAYLOAD)', () => {
  it('names each bad field', () => {
    const result = CaseDriver.open({}, '2025-03-03').refuse(
      'FILE_CASE',
      { handlerIds: 'h1' },
      '2025-03-04',
    );
    expect(result).toMatchObject({
      code: 'INVALID_PAYLOAD',
      errors: [
        { field: 'handlerIds', reason: 'must be an array' },
        { field: 'conditions', reason: 'is required' },
      ],
    });
  });

  it('refuses negative or fractional fen', () => {
    const driver = filed();
    const proposal = makeProposal([{ kind: 'fine', amountFen: -1 }]);
    const result = driver.refuse(
      'CONCLUDE_INVESTIGATION',
      { report: report(), proposal },
      '2025-03-05',
    );
    expect(result).toMatchObject({
      code: 'INVALID_PAYLOAD',
      errors: [{ field: 'proposal.penalties[0].amountFen' }],
    });
    const fractional = makeProposal([{ kind: 'fine', amountFen: 10.5 }]);
    expect(
      driver.refuse(
        'CONCLUDE_INVESTIGATION',
        { report: report(), proposal: fractional },
        '2025-03-05',
      ).ok,
    ).toBe(false);
  });

  it('refuses an event dated before the previous one', () => {
    const result = filed().refuse(
      'RECORD_EVIDENCE',
      { kind: 'document', description: 'd' },
      '2025-03-01',
    );
    expect(result).toMatchObject({ code: 'INVALID_PAYLOAD', errors: [{ field: 'occurredAt' }] });
  });
});

describe('G03 clue verification (PR 18)', () => {
  it('files after 15 WD with the flag CLUE_VERIFICATION_LATE', () => {
    const driver = CaseDriver.open({}, '2025-03-03');
    expect(driver.accept('FILE_CASE', filing(), '2025-03-25').flags).toEqual([
      'CLUE_VERIFICATION_LATE',
    ]);
  });

  it('files within 15 WD (ends 2025-03-24) without a flag, or within 30 after an extension', () => {
    expect(
      CaseDriver.open({}, '2025-03-03').accept('FILE_CASE', filing(), '2025-03-24').flags,
    ).toEqual([]);
    const extended = CaseDriver.open({}, '2025-03-03');
    extended.accept('EXTEND_CLUE_VERIFICATION', { reason: '检测' }, '2025-03-10');
    expect(extended.accept('FILE_CASE', filing(), '2025-04-01').flags).toEqual([]);
    expect(extended.refuse('EXTEND_CLUE_VERIFICATION', { reason: 'again' }, '2025-04-01').ok).toBe(
      false,
    );
  });
});

describe('G04 inquiry records (APL 42, 55)', () => {
  it('needs two credentialed officers present when officers are named', () => {
    const driver = filed();
    const one = { kind: 'inquiry', description: '询问', officersPresent: ['h1'] };
    expect(guardIds(driver.refuse('RECORD_EVIDENCE', one, '2025-03-05'))).toEqual(['G04']);
    driver.accept('RECORD_EVIDENCE', { ...one, officersPresent: ['h1', 'h2'] }, '2025-03-05');
  });
});

describe('G07 suspension, resumption, termination', () => {
  it('needs a ground', () => {
    const driver = filed();
    expect(guardIds(driver.refuse('SUSPEND_INVESTIGATION', { ground: ' ' }, '2025-03-05'))).toEqual(
      ['G07'],
    );
    expect(driver.accept('SUSPEND_INVESTIGATION', { ground: '检验' }, '2025-03-05').state).toEqual({
      investigation: 'suspended',
    });
  });

  it('terminates with a ground and reason, and the terminated case is closable', () => {
    const driver = filed();
    expect(
      guardIds(
        driver.refuse('TERMINATE_INVESTIGATION', { ground: 'x', reason: ' ' }, '2025-03-05'),
      ),
    ).toEqual(['G07']);
    expect(
      driver.accept('TERMINATE_INVESTIGATION', { ground: 'x', reason: '当事人死亡' }, '2025-03-05')
        .stage,
    ).toBe('terminated');
    expect(driver.accept('CLOSE_CASE', {}, '2025-03-06').stage).toBe('closed');
    expect(driver.accept('ARCHIVE_CASE', {}, '2025-03-07').stage).toBe('archived');
  });
});

describe('G08 investigation report', () => {
  it('needs facts, evidence, a legal basis and penalties for a penalty proposal', () => {
    const driver = filed();
    const bad = {
      report: { facts: ' ', evidenceSummary: 'e' },
      proposal: makeProposal([], { outcome: 'penalty' }),
    };
    const refused = driver.refuse('CONCLUDE_INVESTIGATION', bad, '2025-03-05');
    expect(
      !refused.ok && refused.code === 'GUARD_FAILED' && refused.guards.map((g) => g.message),
    ).toEqual(['the report states no facts', 'a penalty proposal names no penalty']);
    expect(
      driver.accept(
        'CONCLUDE_INVESTIGATION',
        { report: report(), proposal: makeProposal([fine(100)]) },
        '2025-03-05',
      ).stage,
    ).toBe('caseReview');
  });
});

describe('G11 borderline hearing scope and late reviews', () => {
  const borderline = [
    fine(60_000),
    { kind: 'confiscate_illegal_gains' as const, amountFen: yuan(50_000) },
  ];

  it('accepts either answer on the hearing right when fine + confiscation crosses, flagged', () => {
    const given = () =>
      CaseDriver.open({ party: company() }, '2025-02-03').toNotification(makeProposal(borderline), {
        filed: '2025-02-04',
        concluded: '2025-02-10',
        approved: '2025-02-11',
      });
    const offered = given().accept(
      'SERVE_NOTICE',
      { method: 'direct', includesHearingRight: true },
      '2025-02-12',
    );
    expect(offered.flags).toEqual(['HEARING_SCOPE_BORDERLINE']);
    const withheld = given().accept(
      'SERVE_NOTICE',
      { method: 'direct', includesHearingRight: false },
      '2025-02-12',
    );
    expect(withheld.flags).toEqual(['HEARING_SCOPE_BORDERLINE']);
  });

  it('flags a legal review passed after 10 WD (LEGAL_REVIEW_LATE)', () => {
    const driver = CaseDriver.open({ party: company() }, '2025-03-03').file('2025-03-03');
    driver.conclude(makeProposal([fine(150_000)]), '2025-03-03');
    expect(driver.accept('PASS_LEGAL_REVIEW', { opinion: 'ok' }, '2025-03-18').flags).toEqual([
      'LEGAL_REVIEW_LATE',
    ]);
  });
});

describe('G17/G18 and G19 at the decision', () => {
  it('refuses a decision without the collective discussion §5 requires, and after the discussion accepts it', () => {
    const driver = notifiedCase({ penalties: [fine(30_000)], noticeOn: '2025-03-03' });
    driver.accept('END_NOTICE_PERIOD', {}, '2025-03-11');
    expect(driver.stage).toBe('collectiveDiscussion');
    const decide = { decisionNumber: 'D', outcome: 'penalty', penalties: [fine(30_000)] };
    expect(guardIds(driver.refuse('DECIDE', decide, '2025-03-12'))).toEqual(['G19']);
    const two = { attendeeIds: ['a1', 'a2'], resolution: driver.context.proposal };
    expect(guardIds(driver.refuse('RECORD_COLLECTIVE_DECISION', two, '2025-03-12'))).toEqual([
      'G19',
    ]);
    driver.accept(
      'RECORD_COLLECTIVE_DECISION',
      { ...two, attendeeIds: ['a1', 'a2', 'a3'] },
      '2025-03-12',
    );
    expect(driver.accept('DECIDE', decide, '2025-03-13').stage).toBe('enforcement');
  });

  it('needs a new legal review after the proposal changed (G18)', () => {
    const driver = notifiedCase({ penalties: [fine(30_000)], noticeOn: '2025-03-03' });
    driver.accept(
      'REVISE_PROPOSAL',
      { proposal: makeProposal([fine(20_000)]), reason: '从轻' },
      '2025-03-04',
    );
    expect(driver.stage).toBe('legalReview');
    const decide = { decisionNumber: 'D', outcome: 'penalty', penalties: [fine(20_000)] };
    expect(guardIds(driver.refuse('DECIDE', decide, '2025-03-12'))).toEqual(['G18', 'G19']);
  });
});
