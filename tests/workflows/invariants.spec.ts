// The invariants on known histories: a lawful case breaks none; each class of defect is named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInvariants, INVARIANTS } from '../../workflows/penalty-case/invariants';
import { CaseDriver, filing } from './support/case-driver';
import { fine, makeOfficer } from './support/factories';
import { historyOf } from './support/history';
import { fullLifecycle } from './support/lifecycle';
import { decidedCase, notifiedCase } from './support/histories';

const ids = (driver: CaseDriver) => checkInvariants(historyOf(driver)).map((b) => b.invariant);

describe('legal invariants', () => {
  it('are at least 20, each with an id and an article', () => {
    expect(INVARIANTS.length).toBeGreaterThanOrEqual(20);
    for (const rule of INVARIANTS) {
      expect(rule.id).toMatch(/^I\d\d$/);
      expect(rule.article.length).toBeGreaterThan(2);
    }
    expect(new Set(INVARIANTS.map((r) => r.id)).size).toBe(INVARIANTS.length);
  });

  it('a lawful ordinary case with a hearing breaks none', () => {
    expect(checkInvariants(historyOf(fullLifecycle()))).toEqual([]);
  });

  it('a lawful decided case without a hearing breaks none', () => {
    expect(ids(decidedCase({ penalties: [fine(5_000)], decideOn: '2025-03-10' }))).toEqual([]);
  });

  it('APL 44, 62: a decision heavier than the notice breaks I01 at the DECIDE entry', () => {
    const d = notifiedCase({ penalties: [fine(100)], noticeOn: '2025-03-03' });
    d.accept('END_NOTICE_PERIOD', {}, '2025-03-17');
    const history = historyOf(d);
    const decide = { ...history[history.length - 1] };
    const payload = { decisionNumber: 'X', outcome: 'no_penalty', penalties: [fine(900)] };
    decide.envelope = { ...decide.envelope, type: 'DECIDE', payload };
    decide.seq = history.length + 1;
    const breaches = checkInvariants([...history, decide]);
    expect(breaches).toContainEqual(
      expect.objectContaining({ invariant: 'I01', article: 'APL 44, 62', seq: decide.seq }),
    );
  });

  it('APL 42: evidence taken with an expired credential breaks I14 (a history the machine refuses)', () => {
    const expired = makeOfficer({
      id: 'h2',
      enforcementCredential: { number: 'ZF-h2', validUntil: '2025-01-31' },
    });
    const d = CaseDriver.open({}, '2025-01-06').withOfficers(expired);
    d.accept('FILE_CASE', filing(), '2025-01-07');
    const payload = { kind: 'inquiry', description: '询问笔录', recordType: 'text' };
    // G04 refuses it today (v2); the invariant must still name it in a stored history.
    expect(d.send('RECORD_EVIDENCE', payload, '2025-02-10')).toMatchObject({ ok: false });
    const history = historyOf(d);
    const evidence = { ...history[history.length - 1] };
    evidence.envelope = {
      ...evidence.envelope,
      type: 'RECORD_EVIDENCE',
      payload,
      occurredAt: '2025-02-10',
      actor: expired,
      officers: { ...evidence.envelope.officers, h2: expired },
    };
    evidence.seq = history.length + 1;
    const breaches = checkInvariants([...history, evidence]).map((b) => b.invariant);
    expect(breaches).toContain('I14');
  });

  // Found by INVARIANT_SEED=805902712: the fine paid under a late plan, the surcharge accrued
  // between the reconsideration and the suit left unpaid; G29 allows enforcing it, I22 agreed.
  it('AEL 45, 54: a surcharge left unpaid after a late plan is a default (no I22)', () => {
    const d = decidedCase({ penalties: [fine(5_000)], decideOn: '2025-05-22' });
    d.accept('SERVE_DECISION', { method: 'direct' }, '2025-05-24');
    d.accept('RECORD_APPEAL', { kind: 'reconsideration' }, '2025-05-30');
    d.accept('RECORD_APPEAL_OUTCOME', { outcome: 'upheld' }, '2025-10-20');
    d.accept('RECORD_APPEAL', { kind: 'litigation' }, '2025-10-28');
    const plan = [{ dueOn: '2025-12-15', amountFen: 500_000 }];
    d.accept('APPROVE_INSTALLMENTS', { plan }, '2025-11-15');
    d.accept('RECORD_PAYMENT', { amountFen: 500_000 }, '2025-11-17');
    d.accept('RECORD_APPEAL_OUTCOME', { outcome: 'confirmed_illegal' }, '2025-12-05');
    d.accept('SERVE_ENFORCEMENT_REMINDER', {}, '2025-12-21');
    d.accept('APPLY_COURT_ENFORCEMENT', {}, '2026-02-11');
    expect(ids(d)).toEqual([]);
  });
});

describe('workflows/README.md "Invariants"', () => {
  it('lists every invariant with its article', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'workflows', 'README.md'), 'utf8');
    for (const rule of INVARIANTS) {
      expect(readme).toContain(`| ${rule.id} | ${rule.article} | ${rule.summary} |`);
    }
  });
});
