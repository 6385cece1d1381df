// Rules the model-based generator found missing after the merge (penalty-case@2), each tried at
// its edge: the day before and the day it holds, and the spelling of the act that got around it.
import { CaseDriver, guardIds } from './support/case-driver';
import { company, fine, makeParty, makeProposal } from './support/factories';
import { decidedCase, notifiedCase } from './support/histories';
import { sendAsV1 } from './support/v1';

describe('APL 45: no statement is left unreviewed (G12)', () => {
  const withStatement = () => {
    const driver = notifiedCase({ penalties: [fine(20_000)], noticeOn: '2025-03-03' });
    driver.accept('RECEIVE_STATEMENT', { summary: '申辩' }, '2025-03-04');
    return driver;
  };
  const revision = { proposal: makeProposal([fine(10_000)]), reason: '复核后减轻' };

  it('refuses a revision while a statement awaits its review', () => {
    const refused = withStatement().refuse('REVISE_PROPOSAL', revision, '2025-03-05');
    expect(guardIds(refused)).toEqual(['G12']);
  });

  it('accepts the revision once the statement is reviewed', () => {
    const driver = withStatement();
    driver.accept('REVIEW_STATEMENT', { accepted: false, summary: '不采纳' }, '2025-03-05');
    driver.accept('REVISE_PROPOSAL', revision, '2025-03-06');
  });
});

describe('AEL 54: a 催告书 only after the decision took effect (G45)', () => {
  /** Served by public notice on 2025-05-07: deemed served 30 days on, 2025-06-06 (CPL 95). */
  const byPublicNotice = () => {
    const driver = decidedCase({
      party: company(),
      penalties: [fine(20_000)],
      decideOn: '2025-05-06',
    });
    driver.accept(
      'SERVE_DECISION',
      { method: 'public_notice', partyCannotBeFound: true },
      '2025-05-07',
    );
    return driver;
  };

  it('refuses a reminder on 2025-06-05, before the public notice took effect', () => {
    const refused = byPublicNotice().refuse('SERVE_ENFORCEMENT_REMINDER', {}, '2025-06-05');
    expect(guardIds(refused)).toEqual(['G45']);
  });

  it('accepts it on 2025-06-06, the day service takes effect', () => {
    byPublicNotice().accept('SERVE_ENFORCEMENT_REMINDER', {}, '2025-06-06');
  });
});

describe('APL 64(2), 85: seven working days after the hearing notice, a rest day gaining none (G15)', () => {
  const accepted = () => {
    const driver = notifiedCase({
      penalties: [fine(20_000)],
      noticeOn: '2025-11-03',
      includesHearingRight: true,
    });
    driver.accept('REQUEST_HEARING', {}, '2025-11-04');
    driver.accept('ACCEPT_HEARING', { presidingOfficerId: 'ho1' }, '2025-11-05');
    return driver;
  };
  const schedule = (hearingDay: string) => ({
    hearingAt: `${hearingDay}T09:00:00+08:00`,
    noticeServedAt: '2025-11-13T10:00:00+08:00',
  });

  it('refuses a Sunday hearing (11-23) notified on Thursday 11-13: six working days', () => {
    const refused = accepted().refuse('SCHEDULE_HEARING', schedule('2025-11-23'), '2025-11-12');
    expect(guardIds(refused)).toEqual(['G15']);
  });

  it('accepts Monday 11-24: the seventh working day', () => {
    accepted().accept('SCHEDULE_HEARING', schedule('2025-11-24'), '2025-11-12');
  });
});

describe('APL 63: the borderline leniency does not excuse a proposal another penalty brings into scope (G11)', () => {
  /** Fine and confiscation cross the threshold only together; the license penalty is in scope. */
  const proposal = makeProposal([
    fine(9_999),
    { kind: 'confiscate_illegal_gains', amountFen: 999_900 },
    { kind: 'suspend_license', durationDays: 30 },
  ]);
  const toNotice = () => {
    const driver = CaseDriver.open({ party: makeParty() }, '2025-02-01');
    driver.toNotification(proposal, {
      filed: '2025-02-03',
      concluded: '2025-02-21',
      approved: '2025-02-25',
    });
    return driver;
  };

  it('refuses a notice without the hearing right', () => {
    const refused = toNotice().refuse(
      'SERVE_NOTICE',
      { method: 'direct', includesHearingRight: false },
      '2025-03-03',
    );
    expect(guardIds(refused)).toEqual(['G11']);
  });

  it('accepts the notice that offers it', () => {
    toNotice().accept(
      'SERVE_NOTICE',
      { method: 'direct', includesHearingRight: true },
      '2025-03-03',
    );
  });

  it('a v1 case still accepts the notice without it, as recorded', () => {
    const withheld = { method: 'direct', includesHearingRight: false };
    expect(sendAsV1(toNotice(), 'SERVE_NOTICE', withheld, '2025-03-03')).toMatchObject({
      ok: true,
    });
  });
});
