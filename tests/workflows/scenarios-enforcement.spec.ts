// Acceptance scenarios S11–S17 (SCENARIOS.md): service, payment, surcharge, disclosure, summary.
import {
  penaltyCaseV2 as api,
  outstandingFen,
} from '../../workflows/penalty-case/penalty-case.api';
import { addDays } from '../../workflows/calendar/working-calendar';
import { CaseDriver, guardIds } from './support/case-driver';
import { company, fine, makeParty, warning, yuan } from './support/factories';
import { decidedCase } from './support/histories';

const deadline = (driver: CaseDriver, clock: string, asOf: string) =>
  api.deadlines(driver.last.snapshot, asOf).find((d) => d.clock === clock);

describe('S11 decision served during National Day (APL 61, 85)', () => {
  const given = () => decidedCase({ penalties: [fine(5_000)], decideOn: '2025-09-30' });

  it('is due Thu 2025-10-16 (Sat 10-11 is a make-up working day)', () => {
    expect(deadline(given(), 'decisionService', '2025-09-30')?.dueOn).toBe('2025-10-16');
  });

  it('accepts service on 10-17 with the flag SERVICE_LATE', () => {
    const result = given().accept('SERVE_DECISION', { method: 'direct' }, '2025-10-17');
    expect(result.flags).toEqual(['SERVICE_LATE']);
    expect(result.state).toMatchObject({ enforcement: { execution: 'payment' } });
  });

  it('does not flag service on 10-16', () => {
    expect(given().accept('SERVE_DECISION', { method: 'direct' }, '2025-10-16').flags).toEqual([]);
  });
});

describe('S12 electronic service without consent (CPL 90, G22)', () => {
  it('refuses it and the payment clock does not start', () => {
    const driver = decidedCase({ penalties: [fine(5_000)], decideOn: '2025-09-15' });
    expect(
      guardIds(driver.refuse('SERVE_DECISION', { method: 'electronic' }, '2025-09-16')),
    ).toEqual(['G22']);
    expect(deadline(driver, 'payment', '2025-09-16')).toBeUndefined();
    driver.accept(
      'SERVE_DECISION',
      { method: 'electronic', electronicConsent: true },
      '2025-09-16',
    );
    expect(deadline(driver, 'payment', '2025-09-16')?.dueOn).toBe('2025-10-09');
  });
});

describe('S13 service by public notice (CPL 95)', () => {
  const unreachable = makeParty({ address: undefined });

  it('is deemed served 2025-12-31 and payment is due Thu 2026-01-15', () => {
    const driver = decidedCase({
      party: unreachable,
      penalties: [fine(5_000)],
      decideOn: '2025-11-27',
    });
    driver.accept(
      'SERVE_DECISION',
      { method: 'public_notice', recordingSha256: 'ab'.repeat(32) },
      '2025-12-01',
    );
    expect(driver.context.service?.servedOn).toBe('2025-12-31');
    expect(deadline(driver, 'publicNoticeService', '2025-12-01')).toMatchObject({
      dueOn: '2025-12-31',
      status: 'open',
    });
    expect(deadline(driver, 'payment', '2025-12-01')).toMatchObject({
      dueOn: '2026-01-15',
      status: 'open',
    });
  });

  it('refuses a public notice when the party can be found (G24)', () => {
    const driver = decidedCase({ penalties: [fine(5_000)], decideOn: '2025-11-27' });
    const found = { method: 'public_notice', partyCannotBeFound: false };
    expect(guardIds(driver.refuse('SERVE_DECISION', found, '2025-12-01'))).toEqual(['G24']);
    driver.accept(
      'SERVE_DECISION',
      { method: 'public_notice', partyCannotBeFound: true },
      '2025-12-01',
    );
  });
});

describe('S14 surcharge cap (APL 72, AEL 45, G28)', () => {
  const given = () => {
    const driver = decidedCase({
      party: company(),
      penalties: [fine(20_000)],
      decideOn: '2025-05-06',
    });
    driver.accept('SERVE_DECISION', { method: 'direct' }, '2025-05-07');
    const due = api.execution(driver.last.snapshot, '2025-05-07')?.dueOn as string;
    expect(due).toBe('2025-05-22');
    return { driver, due };
  };
  const surcharge = (driver: CaseDriver, asOf: string) =>
    api.execution(driver.last.snapshot, asOf)?.surchargeFen;

  it('adds 600 yuan a day, 19,800 after 33 days, capped at 20,000 from day 34', () => {
    const { driver, due } = given();
    expect(surcharge(driver, due)).toBe(0);
    expect(surcharge(driver, addDays(due, 1))).toBe(yuan(600));
    expect(surcharge(driver, addDays(due, 33))).toBe(yuan(19_800));
    expect(surcharge(driver, addDays(due, 34))).toBe(yuan(20_000));
    expect(surcharge(driver, addDays(due, 40))).toBe(yuan(20_000));
    expect(outstandingFen(driver.last.snapshot, addDays(due, 40))).toBe(yuan(40_000));
  });

  it('settles execution only when fine and surcharge are paid', () => {
    const { driver, due } = given();
    driver.accept('RECORD_PAYMENT', { amountFen: yuan(20_000) }, addDays(due, 40));
    expect(driver.state).toMatchObject({ enforcement: { execution: 'payment' } });
    const paid = driver.accept('RECORD_PAYMENT', { amountFen: yuan(20_000) }, addDays(due, 41));
    expect(paid.state).toMatchObject({ enforcement: { execution: 'done' } });
  });

  it('freezes the surcharge while an appeal is pending', () => {
    const { driver, due } = given();
    driver.accept('RECORD_APPEAL', { kind: 'reconsideration' }, addDays(due, 2));
    // Day 1 accrues; from the filing day on the surcharge is frozen.
    expect(surcharge(driver, addDays(due, 10))).toBe(yuan(600));
    expect(deadline(driver, 'surcharge', addDays(due, 10))?.status).toBe('paused');
  });
});

describe('S15 disclosure deadlines (DR 9, 10; GO118)', () => {
  it('is due on GSXT Fri 2025-10-17 (20 WD) and on the website Wed 2025-09-24 (7 WD)', () => {
    const env = { bureauProvince: '北京' };
    const driver = decidedCase({
      party: makeParty({ registeredProvince: '北京' }),
      penalties: [fine(5_000)],
      decideOn: '2025-09-15',
      env,
    });
    const deadlines = api.deadlines(driver.last.snapshot, '2025-09-15', env);
    expect(deadlines.find((d) => d.clock === 'disclosureGsxt')?.dueOn).toBe('2025-10-17');
    expect(deadlines.find((d) => d.clock === 'disclosureWebsite')?.dueOn).toBe('2025-09-24');
  });

  it('pushes a party of another province by Sun 2025-09-28 (a make-up working day)', () => {
    const env = { bureauProvince: '北京' };
    const driver = decidedCase({
      party: makeParty({ registeredProvince: '上海' }),
      penalties: [fine(5_000)],
      decideOn: '2025-09-15',
      env,
    });
    const gsxt = api
      .deadlines(driver.last.snapshot, '2025-09-15', env)
      .find((d) => d.clock === 'disclosureGsxt');
    expect(gsxt?.dueOn).toBe('2025-09-28');
  });
});

describe('S16 what is not disclosed (DR 2, 13)', () => {
  it('does not publish a warning-only decision (G25)', () => {
    const driver = decidedCase({ penalties: [warning()], decideOn: '2025-09-15' });
    expect(driver.state).toMatchObject({ enforcement: { disclosure: 'notRequired' } });
    expect(guardIds(driver.refuse('PUBLISH_DECISION', { channel: 'gsxt' }, '2025-09-16'))).toEqual([
      'G25',
    ]);
  });

  it('has no publication in the summary procedure', () => {
    const driver = CaseDriver.open({ procedure: 'summary' }, '2025-09-15');
    driver.accept(
      'DECIDE_ON_SPOT',
      { decisionNumber: 'J-1', officersPresent: ['h1', 'h2'], penalties: [fine(100)] },
      '2025-09-15',
    );
    expect(driver.refuse('PUBLISH_DECISION', { channel: 'gsxt' }, '2025-09-15')).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
    });
  });

  it('displays 通报批评 only for 3 months', () => {
    const driver = decidedCase({
      penalties: [{ kind: 'public_criticism' }],
      decideOn: '2025-09-15',
    });
    const published = driver.accept('PUBLISH_DECISION', { channel: 'gsxt' }, '2025-09-16');
    expect(published.effects[0]).toMatchObject({
      type: 'PUBLISH_DECISION_RECORD',
      data: { displayUntil: '2025-12-16' },
    });
    expect(deadline(driver, 'disclosureDuration', '2025-09-16')?.dueOn).toBe('2025-12-16');
  });

  it('displays a fine of 200,000 yuan for 3 years, redacted', () => {
    const driver = decidedCase({
      party: company(),
      penalties: [fine(200_000)],
      decideOn: '2025-09-15',
    });
    const published = driver.accept('PUBLISH_DECISION', { channel: 'website' }, '2025-09-16');
    expect(published.effects[0]?.data).toMatchObject({
      channel: 'website',
      displayUntil: '2028-09-16',
    });
  });
});

describe('S17 summary-procedure bounds (APL 51, G31)', () => {
  const onSpot = (party = makeParty(), penalties = [fine(200)]) => {
    const driver = CaseDriver.open({ procedure: 'summary', party }, '2025-06-02');
    return driver.send(
      'DECIDE_ON_SPOT',
      { decisionNumber: 'J-17', officersPresent: ['h1', 'h2'], penalties },
      '2025-06-02',
    );
  };

  it('accepts 200 yuan on a natural person and refuses 201', () => {
    expect(onSpot(makeParty(), [fine(200)]).ok).toBe(true);
    expect(guardIds(onSpot(makeParty(), [fine(201)]))).toEqual(['G31']);
  });

  it('accepts 3,000 yuan on an organisation and refuses 300,001 fen', () => {
    expect(onSpot(company(), [fine(3_000)]).ok).toBe(true);
    expect(guardIds(onSpot(company(), [{ kind: 'fine', amountFen: 300_001 }]))).toEqual(['G31']);
  });

  it('accepts a warning', () => {
    expect(onSpot(makeParty(), [warning()]).ok).toBe(true);
  });
});
