import type { AuthenticatedOfficer } from '../../src/auth/authenticated-officer';
import { AuditService } from '../../src/audit/audit.service';
import { CaseQueries } from '../../src/cases/case-queries.service';
import { CasesService } from '../../src/cases/cases.service';
import type { CaseEventDto, RecusalDto } from '../../src/cases/dto/case-event.dto';
import type { CreateCaseDto } from '../../src/cases/dto/create-case.dto';
import { DomainException } from '../../src/common/errors/domain.exception';
import { OfficersService } from '../../src/officers/officers.service';
import { penaltyCaseMachine } from '../../workflows/penalty-case/penalty-case.machine';
import { caseBody, CREDENTIAL, FILE_CONDITIONS } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

// The service tier (issue 18): CasesService, CaseQueries and AuditService on a real database,
// called as the controllers call them, without HTTP. Given a case, when a command, then the
// answer, the log and the refusal codes.
describe('CasesService and AuditService on PostgreSQL (no HTTP)', () => {
  let t: TestApp;
  let cases: CasesService;
  let queries: CaseQueries;
  let audit: AuditService;
  const officer: Record<string, AuthenticatedOfficer> = {};

  async function seed(id: string, roles: AuthenticatedOfficer['roles'], extra = {}) {
    await t.app.get(OfficersService).create({ id, name: id, roles, ...extra });
    officer[id] = { id, name: id, roles, ...extra };
  }

  const event = (type: string, payload: Record<string, unknown>, more = {}): CaseEventDto =>
    ({ type, payload, ...more });

  async function openCase(): Promise<string> {
    return (await cases.create(officer.h1, caseBody() as unknown as CreateCaseDto)).id;
  }

  async function fileCase(id: string) {
    const payload = { handlerIds: ['h1', 'h2'], conditions: FILE_CONDITIONS };
    return cases.send(id, officer.a1, event('FILE_CASE', payload, { occurredAt: '2025-03-12' }));
  }

  async function refusal(p: Promise<unknown>): Promise<DomainException> {
    const e = await p.then(
      () => undefined,
      (err: unknown) => err,
    );
    if (!(e instanceof DomainException)) throw new Error(`expected a refusal, got ${String(e)}`);
    return e;
  }

  beforeAll(async () => {
    t = await startTestApp('2025-03-20T09:00:00+08:00');
    cases = t.app.get(CasesService);
    queries = t.app.get(CaseQueries);
    audit = t.app.get(AuditService);
    await seed('h1', ['handler'], { enforcementCredential: CREDENTIAL });
    await seed('h2', ['handler'], { enforcementCredential: CREDENTIAL });
    await seed('h3', ['handler'], { enforcementCredential: CREDENTIAL });
    await seed('a1', ['approver']);
    await seed('au1', ['auditor']);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('files a case: the answer is the case after the entry, and the log has both entries', async () => {
    const id = await openCase();
    const answer = await fileCase(id);
    expect(answer.case).toMatchObject({ id, stage: 'investigation', version: 2 });
    expect(answer.entry).toMatchObject({ seq: 2, type: 'FILE_CASE', actorId: 'a1' });
    const log = await queries.entries(id, officer.au1);
    expect(log.map((e) => e.type)).toEqual(['REGISTER_CLUE', 'FILE_CASE']);
  });

  it('restores the snapshot once per request (the view reads the live snapshot)', async () => {
    const id = await openCase();
    const restores = jest.spyOn(penaltyCaseMachine, 'resolveState');
    await fileCase(id);
    // The case row was cached by the create: the decision needs no restore at all.
    expect(restores.mock.calls.length).toBeLessThanOrEqual(1);
    restores.mockClear();
    await queries.get(id, officer.h1);
    expect(restores).toHaveBeenCalledTimes(1);
  });

  it('restores once on a fresh read, for the decision and the view together', async () => {
    const id = await openCase();
    // Another process wrote last: nothing cached here for this case.
    (cases as unknown as { cache: { drop(id: string): void } }).cache.drop(id);
    const restores = jest.spyOn(penaltyCaseMachine, 'resolveState');
    await fileCase(id);
    expect(restores).toHaveBeenCalledTimes(1);
  });

  it('a refusal writes nothing: the version and the log stay as they were', async () => {
    const id = await openCase();
    const e = await refusal(cases.send(id, officer.h1, event('FILE_CASE', {})));
    expect(e.code).toBe('FORBIDDEN');
    const log = await queries.entries(id, officer.au1);
    expect(log).toHaveLength(1);
  });

  it('a stale expectedVersion is a version conflict (409) before any decision', async () => {
    const id = await openCase();
    const e = await refusal(
      cases.send(id, officer.a1, event('FILE_CASE', {}, { expectedVersion: 7 })),
    );
    expect(e.code).toBe('VERSION_CONFLICT');
  });

  it('the same Idempotency-Key answers the first answer again and appends nothing', async () => {
    const id = await openCase();
    const payload = { handlerIds: ['h1', 'h2'], conditions: FILE_CONDITIONS };
    const dto = event('FILE_CASE', payload, { occurredAt: '2025-03-12' });
    const first = await cases.send(id, officer.a1, dto, { key: 'key-1' });
    const again = await cases.send(id, officer.a1, dto, { key: 'key-1' });
    expect(again.entry).toEqual(first.entry);
    expect(await queries.entries(id, officer.au1)).toHaveLength(2);
    const other = event('FILE_CASE', { ...payload, handlerIds: ['h1', 'h3'] });
    expect((await refusal(cases.send(id, officer.a1, other, { key: 'key-1' }))).code).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );
  });

  it('a dry run answers like the event and writes nothing', async () => {
    const id = await openCase();
    const payload = { handlerIds: ['h1', 'h2'], conditions: FILE_CONDITIONS };
    const dto = event('FILE_CASE', payload, { occurredAt: '2025-03-12' });
    const rehearsed = await cases.send(id, officer.a1, dto, { dryRun: true });
    expect(rehearsed.case.stage).toBe('investigation');
    expect(await queries.entries(id, officer.au1)).toHaveLength(1);
  });

  it('APL 43: a recusal is an entry decided by the machine; the recused officer no longer sees the case', async () => {
    const id = await openCase();
    await fileCase(id);
    const dto: RecusalDto = { officerId: 'h2', reason: '与当事人有利害关系' };
    const answer = await cases.recuse(id, officer.a1, dto);
    expect(answer.entry).toMatchObject({ seq: 3, type: 'RECORD_RECUSAL' });
    expect(answer.case.stage).toBe('investigation');
    expect((await refusal(queries.get(id, officer.h2))).code).toBe('NOT_FOUND');
    const listed = await queries.list({ page: 1, pageSize: 50 } as never, officer.h2);
    expect(listed.items.map((c) => c.id)).not.toContain(id);
    // The chain verifies: the replay decides the recusal entry with the machine again.
    const report = await audit.verify(id, officer.au1);
    expect(report).toMatchObject({ valid: true, entries: 3 });
  });

  it('AuditService replays an entry with the one replay and verifies the chain', async () => {
    const id = await openCase();
    await fileCase(id);
    const replayed = await audit.replay(id, officer.au1, { seq: 2 });
    expect(replayed).toMatchObject({ caseId: id, seq: 2, type: 'FILE_CASE' });
    expect(replayed.stage).toBe('investigation');
    const report = await audit.verify(id, officer.au1);
    expect(report).toMatchObject({ valid: true, entries: 2 });
  });
});
