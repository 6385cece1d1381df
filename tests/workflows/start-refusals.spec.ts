// The first event of a case (api.start): only REGISTER_CLUE or OPEN_SUMMARY_CASE opens one, only
// a handler sends it, and its payload is judged like any other (EVENTS.md answers).
import { penaltyCaseV2 as api } from '../../workflows/penalty-case/penalty-case.api';
import { createCaseBody, makeEnvelope, makeOfficer, OFFICERS } from './support/factories';

const start = (type: string, body = createCaseBody(), actor = OFFICERS.h1) =>
  api.start(makeEnvelope(type, body, '2025-03-03', actor));

describe('opening a case (start)', () => {
  it('409: any other event cannot open a case; the handler is told the two that can', () => {
    const r = start('FILE_CASE');
    expect(r).toMatchObject({
      ok: false,
      code: 'ILLEGAL_TRANSITION',
      stage: 'none',
      allowedEvents: ['REGISTER_CLUE', 'OPEN_SUMMARY_CASE'],
    });
    if (r.ok || r.code !== 'ILLEGAL_TRANSITION') return;
    expect(r.waitingFor.roles).toEqual(['handler']);
  });

  it('409: someone who is not a handler is told of no event they could send', () => {
    expect(start('FILE_CASE', createCaseBody(), OFFICERS.a1)).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      allowedEvents: [],
    });
  });

  it('403: only a handler opens a case', () => {
    expect(start('REGISTER_CLUE', createCaseBody(), OFFICERS.a1)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      missingRole: 'handler',
    });
  });

  it('403: a recused handler may not open it either (G06)', () => {
    const h = makeOfficer({ id: 'h7', roles: ['handler'] });
    const envelope = { ...makeEnvelope('REGISTER_CLUE', createCaseBody(), '2025-03-03', h) };
    const r = api.start({ ...envelope, recusedOfficerIds: ['h7'] });
    expect(r).toMatchObject({ ok: false, code: 'FORBIDDEN', conflict: 'RECUSED' });
  });

  it('400: the procedure must match the event that opens the case', () => {
    const r = start('OPEN_SUMMARY_CASE', createCaseBody({ procedure: 'ordinary' }));
    expect(r).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    if (r.ok || r.code !== 'INVALID_PAYLOAD') return;
    expect(r.errors.map((e) => e.field)).toEqual(['procedure']);
  });

  it('400: a payload missing its party is refused with the field named', () => {
    const body = createCaseBody();
    delete body.party;
    const r = start('REGISTER_CLUE', body);
    expect(r).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    if (r.ok || r.code !== 'INVALID_PAYLOAD') return;
    expect(r.errors.map((e) => e.field)).toContain('party');
  });

  it('opens an ordinary case on REGISTER_CLUE and a summary one on OPEN_SUMMARY_CASE', () => {
    expect(start('REGISTER_CLUE')).toMatchObject({ ok: true, stage: 'clueVerification' });
    const summary = start('OPEN_SUMMARY_CASE', createCaseBody({ procedure: 'summary' }));
    expect(summary.ok).toBe(true);
  });
});
