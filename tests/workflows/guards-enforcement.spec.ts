// Guards G22–G34: service, court enforcement, disclosure withdrawal, closing and archiving.
import { penaltyCaseV2 as api } from '../../workflows/penalty-case/penalty-case.api';
import { CaseDriver, guardIds } from './support/case-driver';
import { company, fine, makeOfficer, makeParty, warning, yuan } from './support/factories';
import { decidedCase } from './support/histories';

const served = () => {
  const driver = decidedCase({
    party: company(),
    penalties: [fine(20_000)],
    decideOn: '2025-05-06',
  });
  driver.accept('SERVE_DECISION', { method: 'direct' }, '2025-05-07');
  return driver;
};

describe('G23 留置送达 (CPL 89)', () => {
  it('needs witnesses or an audio-visual record', () => {
    const driver = decidedCase({ penalties: [fine(5_000)], decideOn: '2025-05-06' });
    driver.withOfficers(makeOfficer({ id: 'w1' }));
    expect(
      guardIds(driver.refuse('SERVE_DECISION', { method: 'left_at_address' }, '2025-05-07')),
    ).toEqual(['G23']);
    driver.accept(
      'SERVE_DECISION',
      { method: 'left_at_address', witnessIds: ['w1'] },
      '2025-05-07',
    );
  });
});

describe('G29 court enforcement (AEL 53, 54)', () => {
  it('refuses before the appeal periods expire and without a 催告书 10 WD before', () => {
    const driver = served();
    driver.accept('SERVE_ENFORCEMENT_REMINDER', {}, '2025-11-03');
    const refused = driver.refuse('APPLY_COURT_ENFORCEMENT', {}, '2025-11-05');
    expect(guardIds(refused)).toEqual(['G29', 'G29']);
    expect(guardIds(driver.refuse('APPLY_COURT_ENFORCEMENT', {}, '2025-11-10'))).toEqual(['G29']);
  });

  it('refuses while an appeal is pending', () => {
    const driver = served();
    driver.accept('RECORD_APPEAL', { kind: 'litigation' }, '2025-06-01');
    driver.accept('SERVE_ENFORCEMENT_REMINDER', {}, '2025-10-27');
    const refused = driver.refuse('APPLY_COURT_ENFORCEMENT', {}, '2025-11-10');
    expect(!refused.ok && refused.code === 'GUARD_FAILED' && refused.guards[0]?.message).toBe(
      'an appeal is pending',
    );
  });

  it('accepts after the 6-month period, 10 WD after the reminder; the court outcome completes execution', () => {
    const driver = served();
    driver.accept('SERVE_ENFORCEMENT_REMINDER', {}, '2025-10-27');
    expect(
      api.deadlines(driver.last.snapshot, '2025-11-10').find((d) => d.clock === 'courtEnforcement')
        ?.dueOn,
      // 2026-02-07 is a Saturday: v2 rolls the authority's window too (CPL 85 via ALL 101).
    ).toBe('2026-02-09');
    expect(driver.accept('APPLY_COURT_ENFORCEMENT', {}, '2025-11-10').state).toMatchObject({
      enforcement: { execution: 'court' },
    });
    expect(
      driver.accept('RECORD_COURT_OUTCOME', { outcome: 'enforced' }, '2026-01-05').state,
    ).toMatchObject({
      enforcement: { execution: 'done' },
    });
  });
});

describe('G25, G26 disclosure and withdrawal (DR 11)', () => {
  const publishedCase = () => {
    const driver = decidedCase({ penalties: [fine(5_000)], decideOn: '2025-09-15' });
    driver.accept('SERVE_DECISION', { method: 'direct' }, '2025-09-16');
    driver.accept('PUBLISH_DECISION', { channel: 'gsxt' }, '2025-09-17');
    return driver;
  };

  it('publishes records without the person and refuses a second publication on a channel', () => {
    const driver = decidedCase({ penalties: [fine(5_000)], decideOn: '2025-09-15' });
    const first = driver.accept('PUBLISH_DECISION', { channel: 'gsxt' }, '2025-09-16');
    // The effect names no party: the published party is the disclosure's rule (DR 4, 6), applied
    // by the service to the stored record (tests/unit/redaction-record.spec.ts).
    expect(first.effects[0]).toMatchObject({ type: 'PUBLISH_DECISION_RECORD' });
    expect(first.effects[0]?.data).not.toHaveProperty('party');
    expect(JSON.stringify(first.effects)).not.toContain('张三');
    expect(guardIds(driver.refuse('PUBLISH_DECISION', { channel: 'gsxt' }, '2025-09-16'))).toEqual([
      'G25',
    ]);
    expect(
      driver.accept('PUBLISH_DECISION', { channel: 'website' }, '2025-09-16').state,
    ).toMatchObject({
      enforcement: { disclosure: 'published' },
    });
  });

  it('refuses a withdrawal without a revocation or change on record', () => {
    expect(
      guardIds(publishedCase().refuse('WITHDRAW_PUBLICATION', { reason: '错误' }, '2025-09-18')),
    ).toEqual(['G26']);
  });

  it('withdraws after a revocation; late withdrawals are made and flagged', () => {
    const driver = publishedCase();
    driver.accept('RECORD_APPEAL', { kind: 'reconsideration' }, '2025-09-20');
    const revoked = driver.accept('RECORD_APPEAL_OUTCOME', { outcome: 'revoked' }, '2025-10-20');
    expect(revoked.effects).toEqual([
      expect.objectContaining({
        type: 'NOTIFY',
        data: expect.objectContaining({ dueOn: '2025-10-23' }),
      }),
    ]);
    expect(revoked.state).toMatchObject({ enforcement: { execution: 'done' } });
    const withdrawn = driver.accept('WITHDRAW_PUBLICATION', { reason: '决定被撤销' }, '2025-10-24');
    expect(withdrawn.flags).toEqual(['WITHDRAWAL_LATE']);
    expect(withdrawn.effects[0]).toMatchObject({
      type: 'WITHDRAW_DECISION_RECORD',
      data: { channels: ['gsxt'] },
    });
    expect(withdrawn.state).toMatchObject({ enforcement: { disclosure: 'withdrawn' } });
  });
});

describe('G33 close, G34 archive', () => {
  it('refuses to close before service, performance and disclosure', () => {
    const driver = decidedCase({ penalties: [fine(5_000)], decideOn: '2025-09-15' });
    expect(guardIds(driver.refuse('CLOSE_CASE', {}, '2025-09-16'))).toEqual(['G33', 'G33']);
  });

  it('closes and archives a performed, disclosed case', () => {
    const driver = decidedCase({ penalties: [fine(5_000)], decideOn: '2025-09-15' });
    driver.accept('SERVE_DECISION', { method: 'direct' }, '2025-09-16');
    driver.accept('RECORD_PAYMENT', { amountFen: yuan(5_000) }, '2025-09-20');
    driver.accept('PUBLISH_DECISION', { channel: 'gsxt' }, '2025-09-22');
    driver.accept('PUBLISH_DECISION', { channel: 'website' }, '2025-09-22');
    expect(driver.accept('CLOSE_CASE', {}, '2025-09-23').stage).toBe('closed');
    expect(driver.accept('ARCHIVE_CASE', {}, '2025-09-24').stage).toBe('archived');
  });

  it('closes a warning-only case once served (nothing to pay or publish)', () => {
    const driver = decidedCase({ penalties: [warning()], decideOn: '2025-09-15' });
    driver.accept('SERVE_DECISION', { method: 'on_the_spot' }, '2025-09-15');
    expect(driver.accept('CLOSE_CASE', {}, '2025-09-16').stage).toBe('closed');
  });

  it('refuses to archive a summary case without an audio-visual record of the on-site act', () => {
    const driver = CaseDriver.open({ procedure: 'summary', party: makeParty() }, '2025-06-02');
    driver.accept(
      'DECIDE_ON_SPOT',
      { decisionNumber: 'J', officersPresent: ['h1', 'h2'], penalties: [fine(100)] },
      '2025-06-02',
    );
    expect(guardIds(driver.refuse('CLOSE_CASE', {}, '2025-06-02'))).toEqual(['G33', 'G33', 'G33']);
    driver.accept('SERVE_DECISION', { method: 'on_the_spot' }, '2025-06-02');
    driver.accept('RECORD_PAYMENT', { amountFen: yuan(100) }, '2025-06-03');
    expect(driver.state).toEqual({ summary: 'filing' });
    driver.accept('FILE_WITH_DEPARTMENT', {}, '2025-06-04');
    driver.accept('CLOSE_CASE', {}, '2025-06-05');
    expect(guardIds(driver.refuse('ARCHIVE_CASE', {}, '2025-06-06'))).toEqual(['G34']);
  });

  it('archives a summary case with its audio-visual record', () => {
    const driver = CaseDriver.open({ procedure: 'summary', party: makeParty() }, '2025-06-02');
    driver.accept(
      'RECORD_EVIDENCE',
      {
        kind: 'on_site',
        description: '执法记录仪',
        recordType: 'audio_visual',
        sha256: 'f'.repeat(64),
        officersPresent: ['h1', 'h2'], // APL 42, 52: two officers on the spot (v2 checks it)
      },
      '2025-06-02',
    );
    driver.accept(
      'DECIDE_ON_SPOT',
      { decisionNumber: 'J', officersPresent: ['h1', 'h2'], penalties: [warning()] },
      '2025-06-02',
    );
    driver.accept('SERVE_DECISION', { method: 'on_the_spot' }, '2025-06-02');
    driver.accept('FILE_WITH_DEPARTMENT', {}, '2025-06-03');
    expect(driver.state).toEqual({ summary: 'done' });
    driver.accept('CLOSE_CASE', {}, '2025-06-04');
    expect(driver.accept('ARCHIVE_CASE', {}, '2025-06-05').stage).toBe('archived');
  });
});

describe('instalments (APL 66)', () => {
  it('replace the payment period and the surcharge runs per instalment', () => {
    const driver = served();
    driver.accept(
      'APPROVE_INSTALLMENTS',
      {
        plan: [
          { dueOn: '2025-06-30', amountFen: yuan(10_000) },
          { dueOn: '2025-07-31', amountFen: yuan(10_000) },
        ],
      },
      '2025-05-10',
    );
    expect(api.execution(driver.last.snapshot, '2025-06-30')).toMatchObject({
      dueOn: '2025-07-31',
      surchargeFen: 0,
    });
    driver.accept('RECORD_PAYMENT', { amountFen: yuan(10_000) }, '2025-06-30');
    expect(api.execution(driver.last.snapshot, '2025-08-01')?.surchargeFen).toBe(yuan(300));
  });
});
