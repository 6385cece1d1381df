// Honest next steps (issue 14): what each event needs now, who may send it, whose turn it is.
import { penaltyCaseV2 as api } from '../../workflows/penalty-case/penalty-case.api';
import type { NextAction } from '../../workflows/penalty-case/transition.types';
import { CaseDriver } from './support/case-driver';
import { askingAs, fine, makeOfficer, makeProposal, OFFICERS } from './support/factories';
import { notifiedCase } from './support/histories';

const action = (actions: NextAction[], type: string): NextAction | undefined =>
  actions.find((a) => a.type === type);

/** Approved, waiting for the 告知书 (a 5,000-yuan fine: no hearing right, no legal review). */
function awaitingNotice(): CaseDriver {
  return CaseDriver.open({}, '2025-03-03').toNotification(makeProposal([fine(5_000)]), {
    filed: '2025-03-04',
    concluded: '2025-03-10',
    approved: '2025-03-12',
  });
}

/** A hearing requested and accepted (a 100,000-yuan fine is in the hearing scope). */
function inHearing(): CaseDriver {
  const d = notifiedCase({ penalties: [fine(100_000)], noticeOn: '2025-04-14' });
  d.accept('REQUEST_HEARING', {}, '2025-04-15');
  d.accept('ACCEPT_HEARING', { presidingOfficerId: 'ho1' }, '2025-04-16');
  return d;
}

describe('nextActions: what each open event needs now', () => {
  it('DECIDE is not offered before the notice is served: G12 fails as proposed (APL 44, 62)', () => {
    const d = awaitingNotice();
    expect(d.stage).toBe('notification');
    const ask = askingAs(OFFICERS.a1, '2025-03-13');
    const decide = action(api.nextActions(d.last.snapshot, ask), 'DECIDE');
    expect(decide).toMatchObject({ roles: ['approver'], mayAct: true, wouldPass: false });
    expect(decide?.failing).toContainEqual(
      expect.objectContaining({ id: 'G12', citation: 'APL 45, 62, 64', asProposed: true }),
    );
    expect(api.allowedEvents(d.last.snapshot, ask)).not.toContain('DECIDE');
  });

  it('DECIDE is not offered during the hearing: a hearing request is pending (APL 64)', () => {
    const d = inHearing();
    expect(d.stage).toBe('hearing');
    const ask = askingAs(OFFICERS.a1, '2025-04-17');
    const decide = action(api.nextActions(d.last.snapshot, ask), 'DECIDE');
    expect(decide?.wouldPass).toBe(false);
    expect(decide?.failing).toContainEqual(
      expect.objectContaining({ id: 'G12', message: 'a hearing request is pending' }),
    );
    expect(api.allowedEvents(d.last.snapshot, ask)).not.toContain('DECIDE');
  });

  it('END_NOTICE_PERIOD is not offered before any notice: G12 named with its citation', () => {
    const d = awaitingNotice();
    const ask = askingAs(OFFICERS.h1, '2025-03-13');
    const end = action(api.nextActions(d.last.snapshot, ask), 'END_NOTICE_PERIOD');
    expect(end).toMatchObject({ mayAct: true, wouldPass: false, system: true });
    // Judged on the case alone: no payload could make it pass, so it is not "as proposed".
    expect(end?.failing).toEqual([
      {
        id: 'G12',
        citation: 'APL 45, 62, 64',
        message: 'no 告知书 has been served for the current proposal',
        msg: { key: 'notice.noneForCurrent' },
      },
    ]);
    expect(end?.checkedOnSubmit).toEqual([]);
    expect(api.allowedEvents(d.last.snapshot, ask)).toEqual(
      expect.arrayContaining(['SERVE_NOTICE']),
    );
    expect(api.allowedEvents(d.last.snapshot, ask)).not.toContain('END_NOTICE_PERIOD');
  });

  it('a guard that reads the payload is listed as checked on submit (SERVE_NOTICE: G11)', () => {
    const d = awaitingNotice();
    const serve = action(
      api.nextActions(d.last.snapshot, askingAs(OFFICERS.h1, '2025-03-13')),
      'SERVE_NOTICE',
    );
    expect(serve).toMatchObject({ mayAct: true, wouldPass: true, failing: [] });
    expect(serve?.checkedOnSubmit.map((g) => g.id)).toEqual(
      expect.arrayContaining(['G11', 'G04', 'G22']),
    );
    expect(serve?.checkedOnSubmit.find((g) => g.id === 'G11')).toMatchObject({
      citation: 'APL 44, 63',
      summary: expect.any(String),
    });
  });

  it('during the notice window END_NOTICE_PERIOD fails now with the day the window ends', () => {
    const d = notifiedCase({ penalties: [fine(5_000)], noticeOn: '2025-04-14' });
    const end = action(
      api.nextActions(d.last.snapshot, askingAs(OFFICERS.h1, '2025-04-15')),
      'END_NOTICE_PERIOD',
    );
    expect(end?.failing.map((g) => g.message)).toEqual([
      expect.stringMatching(
        /^the 5-WD window for statements and a hearing request ends on 2025-04-21/,
      ),
    ]);
    const later = action(
      api.nextActions(d.last.snapshot, askingAs(OFFICERS.h1, '2025-04-22')),
      'END_NOTICE_PERIOD',
    );
    expect(later).toMatchObject({ wouldPass: true, failing: [] });
  });

  it('a caller without a role may act on nothing; each event names the roles that may', () => {
    const d = awaitingNotice();
    const nobody = makeOfficer({ id: 'visitor', roles: [] });
    const actions = api.nextActions(d.last.snapshot, askingAs(nobody, '2025-03-13'));
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every((a) => !a.mayAct && a.roles.length > 0)).toBe(true);
    expect(action(actions, 'SERVE_NOTICE')).toMatchObject({
      roles: ['handler'],
      officers: ['h1', 'h2'],
      mayAct: false,
      denied: { missingRole: 'handler' },
      // Judged for an officer who may: the handlers can serve the notice.
      wouldPass: true,
    });
    expect(api.allowedEvents(d.last.snapshot, askingAs(nobody, '2025-03-13'))).toEqual([]);
  });

  it('a recused handler may not act, and is no longer one of the officers who may (APL 43)', () => {
    const d = awaitingNotice();
    const ask = askingAs(OFFICERS.h1, '2025-03-13', { recusedOfficerIds: ['h1'] });
    const serve = action(api.nextActions(d.last.snapshot, ask), 'SERVE_NOTICE');
    expect(serve).toMatchObject({
      mayAct: false,
      denied: { conflict: 'RECUSED' },
      officers: ['h2'],
    });
    expect(api.allowedEvents(d.last.snapshot, ask)).toEqual([]);
  });

  it('a handler may not decide its own case alone (separation of duties, APL 58)', () => {
    const d = awaitingNotice();
    const both = makeOfficer({ id: 'h2', roles: ['handler', 'approver'] });
    const decide = action(api.nextActions(d.last.snapshot, askingAs(both, '2025-03-13')), 'DECIDE');
    expect(decide).toMatchObject({ mayAct: false, denied: { conflict: 'HANDLER_OF_CASE' } });
  });

  it('in v2 the hearing is held by its presiding officer: HOLD_HEARING names ho1', () => {
    const d = inHearing();
    d.accept(
      'SCHEDULE_HEARING',
      { hearingAt: '2025-05-13T09:00:00+08:00', noticeServedAt: '2025-04-29' },
      '2025-04-29',
    );
    const hold = action(
      api.nextActions(d.last.snapshot, askingAs(OFFICERS.ho1, '2025-05-13')),
      'HOLD_HEARING',
    );
    expect(hold).toMatchObject({ roles: ['hearing_officer'], officers: ['ho1'], mayAct: true });
    // G15 reads no field a HOLD_HEARING may carry: the day is judged now (APL 64(2)).
    const early = action(
      api.nextActions(d.last.snapshot, askingAs(OFFICERS.ho1, '2025-05-12')),
      'HOLD_HEARING',
    );
    expect(early).toMatchObject({ wouldPass: false, checkedOnSubmit: [] });
    expect(early?.failing).toContainEqual({
      msg: { key: 'rights.heldEarly', params: { hearingOn: '2025-05-13' } },
      id: 'G15',
      citation: 'APL 64',
      message: 'the hearing was notified for 2025-05-13: it cannot be held before (APL 64(2))',
    });
    const waiting = api.waitingFor(d.last.snapshot, askingAs(OFFICERS.h1, '2025-05-13'));
    expect(waiting.by).toContainEqual({
      role: 'hearing_officer',
      officers: ['ho1'],
      events: ['HOLD_HEARING'],
    });
  });
});

describe('waitingFor: whose turn it is, whoever asks', () => {
  it('the case reviewer (or an approver) after the investigation', () => {
    const d = CaseDriver.open({}, '2025-03-03');
    d.file('2025-03-04').conclude(makeProposal([fine(5_000)]), '2025-03-10');
    expect(d.stage).toBe('caseReview');
    const waiting = api.waitingFor(d.last.snapshot, askingAs(OFFICERS.h1, '2025-03-11'));
    expect(waiting.roles).toEqual(expect.arrayContaining(['case_reviewer', 'approver']));
    expect(waiting.events).toEqual(expect.arrayContaining(['APPROVE_REVIEW']));
    expect(waiting.party).toEqual([]);
    // The same answer whoever asks.
    expect(api.waitingFor(d.last.snapshot, askingAs(OFFICERS.cr1, '2025-03-11'))).toEqual(waiting);
  });

  it('the handlers, named, to serve the notice', () => {
    const waiting = api.waitingFor(
      awaitingNotice().last.snapshot,
      askingAs(OFFICERS.a1, '2025-03-13'),
    );
    expect(waiting.by).toContainEqual(
      expect.objectContaining({ role: 'handler', officers: ['h1', 'h2'] }),
    );
    expect(waiting.officers).toEqual(['h1', 'h2']);
    expect(waiting.events).not.toContain('DECIDE');
    expect(waiting.events).not.toContain('END_NOTICE_PERIOD');
  });

  it('the party during the notice window, with the clock it holds (APL 64(1))', () => {
    const d = notifiedCase({ penalties: [fine(5_000)], noticeOn: '2025-04-14' });
    const waiting = api.waitingFor(d.last.snapshot, askingAs(OFFICERS.h1, '2025-04-15'));
    expect(waiting.party).toEqual([
      { clock: 'noticeWindow', dueOn: '2025-04-21', citation: 'APL 64(1), 85' },
    ]);
    expect(waiting.events).not.toContain('END_NOTICE_PERIOD');
    expect(waiting.events).not.toContain('DECIDE');
  });

  it('a refused event answers with the same waitingFor (ILLEGAL_TRANSITION and GUARD_FAILED)', () => {
    const d = awaitingNotice();
    const expected = api.waitingFor(d.last.snapshot, askingAs(OFFICERS.a1, '2025-03-13'));
    const illegal = d.refuse('APPROVE_REVIEW', { opinion: '同意' }, '2025-03-13');
    expect(illegal).toMatchObject({ code: 'ILLEGAL_TRANSITION', waitingFor: expected });
    const failed = d.refuse('END_NOTICE_PERIOD', {}, '2025-03-13');
    expect(failed).toMatchObject({ code: 'GUARD_FAILED', waitingFor: expected });
    expect(JSON.parse(JSON.stringify(failed))).toMatchObject({ waitingFor: expected });
  });
});
