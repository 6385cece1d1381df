// Issue 12, class 5: after the decision (ALL 45; APL 52, 66, 72 ¶2; AEL 42, 54; ARL 63).
import { penaltyCaseV2 as api } from '../../workflows/penalty-case/penalty-case.api';
import { CaseDriver, guardIds } from './support/case-driver';
import { company, fine, makeParty, yuan } from './support/factories';
import { decidedCase } from './support/histories';
import { sendAsV1 } from './support/v1';

/** Given a company fined 20,000 yuan on 2025-05-06, served in person 05-07: payable by 05-22. */
const served = (): CaseDriver => {
  const driver = decidedCase({
    party: company(),
    penalties: [fine(20_000)],
    decideOn: '2025-05-06',
  });
  driver.accept('SERVE_DECISION', { method: 'direct' }, '2025-05-07');
  return driver;
};
const messages = (driver: CaseDriver, on: string) => {
  const refused = driver.refuse('APPLY_COURT_ENFORCEMENT', {}, on);
  return refused.ok || refused.code !== 'GUARD_FAILED' ? [] : refused.guards.map((g) => g.message);
};

describe('ALL 45: no court enforcement inside the 15-day suit window after a reconsideration decision', () => {
  const reconsidered = () => {
    const driver = served();
    driver.accept('RECORD_APPEAL', { kind: 'reconsideration' }, '2025-06-01');
    driver.accept('RECORD_APPEAL_OUTCOME', { outcome: 'upheld' }, '2025-11-05');
    driver.accept('SERVE_ENFORCEMENT_REMINDER', {}, '2025-11-06');
    return driver;
  };

  it('refuses on 2025-11-20, the 15th day after the reconsideration decision of 11-05', () => {
    expect(messages(reconsidered(), '2025-11-20')).toEqual([
      'the 复议/诉讼 periods run until 2025-11-20',
    ]);
  });

  it('accepts on 2025-11-21', () => {
    reconsidered().accept('APPLY_COURT_ENFORCEMENT', {}, '2025-11-21');
  });

  it('a v1 case keeps its recorded answer (accepted on 11-20)', () => {
    expect(sendAsV1(reconsidered(), 'APPLY_COURT_ENFORCEMENT', {}, '2025-11-20').ok).toBe(true);
  });
});

describe('APL 72 ¶2: court enforcement is counted from the end of an approved plan', () => {
  const deferred = () => {
    const driver = served();
    driver.accept(
      'APPROVE_INSTALLMENTS',
      { plan: [{ dueOn: '2025-12-31', amountFen: yuan(20_000) }] },
      '2025-05-20',
    );
    return driver;
  };

  it('refuses before the plan has run out', () => {
    const driver = deferred();
    driver.accept('SERVE_ENFORCEMENT_REMINDER', {}, '2025-11-20');
    expect(messages(driver, '2025-12-10')).toContain(
      'the approved payment plan runs until 2025-12-31',
    );
  });

  it('accepts after the plan, 10 WD after a 催告书 served once the plan was due', () => {
    const driver = deferred();
    driver.accept('SERVE_ENFORCEMENT_REMINDER', {}, '2026-01-05');
    driver.accept('APPLY_COURT_ENFORCEMENT', {}, '2026-01-20');
  });

  it('opens the 3-month window at the end of the plan', () => {
    const due = api
      .deadlines(deferred().last.snapshot, '2026-01-05')
      .find((d) => d.clock === 'courtEnforcement');
    expect(due?.dueOn).toBe('2026-03-31');
  });
});

describe('AEL 54: 催告书送达十日后 — a reminder served before payment was due does not count', () => {
  it('refuses an application whose only 催告书 was served before the payment deadline', () => {
    const driver = served();
    driver.accept('SERVE_ENFORCEMENT_REMINDER', {}, '2025-05-15');
    expect(messages(driver, '2025-11-10')).toEqual([
      'no 催告书 served on or before 2025-10-27 (10 WD before) and after payment was due (2025-05-22)',
    ]);
  });
});

describe('ARL 63 ¶2, ALL 77 ¶2: no change to the party’s detriment', () => {
  const appealed = () => {
    const driver = served();
    driver.accept('RECORD_APPEAL', { kind: 'reconsideration' }, '2025-06-01');
    return driver;
  };

  it('refuses a changed outcome heavier than the decision', () => {
    const heavier = { outcome: 'changed', penalties: [fine(30_000)] };
    expect(guardIds(appealed().refuse('RECORD_APPEAL_OUTCOME', heavier, '2025-07-01'))).toEqual([
      'G42',
    ]);
  });

  it('accepts a lighter change: the decision carries the new penalties, the old ones kept', () => {
    const lighter = { outcome: 'changed', penalties: [fine(10_000)] };
    const driver = appealed();
    const before = driver.context.decision!.penalties;
    driver.accept('RECORD_APPEAL_OUTCOME', lighter, '2025-07-01');
    expect(driver.context.decision).toMatchObject({
      changedOn: '2025-07-01',
      penalties: [fine(10_000)],
      originalPenalties: before,
    });
    // The money due follows the change (APL 72 counts on what the party now owes).
    const execution = api.execution(driver.last.snapshot, '2025-07-01');
    expect(execution?.fineFen).toBe(yuan(10_000));
  });

  it('a changed outcome names its penalties (400 without them)', () => {
    const refused = appealed().refuse(
      'RECORD_APPEAL_OUTCOME',
      { outcome: 'changed' },
      '2025-07-01',
    );
    expect(refused.code).toBe('INVALID_PAYLOAD');
    if (refused.code !== 'INVALID_PAYLOAD') return;
    expect(refused.errors.map((e) => e.field)).toEqual(['penalties']);
  });
});

describe('APL 66: a plan covers the whole amount outstanding', () => {
  it('refuses a plan of 1 yuan against a fine of 20,000', () => {
    const plan = { plan: [{ dueOn: '2025-12-31', amountFen: yuan(1) }] };
    expect(guardIds(served().refuse('APPROVE_INSTALLMENTS', plan, '2025-05-20'))).toEqual(['G41']);
  });

  it('counts what was already paid: the plan covers the rest', () => {
    const driver = served();
    driver.accept('RECORD_PAYMENT', { amountFen: yuan(5_000) }, '2025-05-12');
    const plan = {
      plan: [
        { dueOn: '2025-08-31', amountFen: yuan(7_500) },
        { dueOn: '2025-10-31', amountFen: yuan(7_500) },
      ],
    };
    driver.accept('APPROVE_INSTALLMENTS', plan, '2025-05-20');
  });
});

describe('APL 66, AEL 42: a deferral does not wipe the surcharge already accrued', () => {
  it('keeps 10 days of surcharge (6,000 yuan) accrued before a deferral approved on 06-01', () => {
    const driver = served();
    const plan = { plan: [{ dueOn: '2025-08-01', amountFen: yuan(20_000) }] };
    driver.accept('APPROVE_INSTALLMENTS', plan, '2025-06-01');
    expect(api.execution(driver.last.snapshot, '2025-06-15')?.surchargeFen).toBe(yuan(6_000));
  });
});

describe('APL 52: a summary decision is handed over on the spot (当场交付)', () => {
  const onSpot = () => {
    const driver = CaseDriver.open({ procedure: 'summary', party: makeParty() }, '2025-06-02');
    driver.accept(
      'DECIDE_ON_SPOT',
      { decisionNumber: 'J-1', officersPresent: ['h1', 'h2'], penalties: [fine(100)] },
      '2025-06-02',
    );
    return driver;
  };

  it('refuses delivery by mail days later', () => {
    const refused = onSpot().refuse('SERVE_DECISION', { method: 'mail' }, '2025-06-05');
    expect(guardIds(refused)).toEqual(['G43', 'G43']);
  });

  it('refuses on-the-spot delivery recorded on another day', () => {
    expect(
      guardIds(onSpot().refuse('SERVE_DECISION', { method: 'on_the_spot' }, '2025-06-03')),
    ).toEqual(['G43']);
  });

  it('accepts delivery on the spot the same day', () => {
    onSpot().accept('SERVE_DECISION', { method: 'on_the_spot' }, '2025-06-02');
  });
});
