import type { Response } from 'superagent';
import type { TestApp } from './test-app';

export const CREDENTIAL = { number: 'SH-0001', validUntil: '2030-12-31' };

/** The cast of a case: two credentialed handlers, the reviewers, an approver and an auditor. */
export interface Cast {
  handler: string;
  handler2: string;
  approver: string;
  approver2: string;
  approver3: string;
  caseReviewer: string;
  legalReviewer: string;
  hearingOfficer: string;
  auditor: string;
}

export async function seedCast(t: TestApp, prefix = ''): Promise<Cast> {
  const p = (id: string) => `${prefix}${id}`;
  return {
    handler: await t.officer({
      id: p('h1'),
      roles: ['handler'],
      enforcementCredential: CREDENTIAL,
    }),
    handler2: await t.officer({
      id: p('h2'),
      roles: ['handler'],
      enforcementCredential: CREDENTIAL,
    }),
    approver: await t.officer({ id: p('a1'), roles: ['approver'] }),
    approver2: await t.officer({ id: p('a2'), roles: ['approver'] }),
    approver3: await t.officer({ id: p('a3'), roles: ['approver'] }),
    caseReviewer: await t.officer({ id: p('r1'), roles: ['case_reviewer'] }),
    legalReviewer: await t.officer({
      id: p('l1'),
      roles: ['legal_reviewer'],
      legalQualification: true,
    }),
    hearingOfficer: await t.officer({ id: p('ho1'), roles: ['hearing_officer'] }),
    auditor: await t.officer({ id: p('au1'), roles: ['auditor'] }),
  };
}

export function caseBody(overrides: Record<string, unknown> = {}) {
  return {
    procedure: 'ordinary',
    source: 'inspection',
    receivedAt: '2025-03-03',
    summary: '销售标签不符合规定的预包装食品',
    party: {
      kind: 'legal_person',
      name: '上海某某食品有限公司',
      creditCode: '91310000MA1FL0000X',
      registeredProvince: '上海市',
    },
    violation: { endedAt: '2025-02-20' },
    ...overrides,
  };
}

export const FILE_CONDITIONS = {
  evidenceOfViolation: true,
  penaltyApplicable: true,
  withinJurisdiction: true,
  withinLimitation: true,
};

export async function createCase(t: TestApp, token: string, overrides = {}): Promise<string> {
  const res = await t.http
    .post('/api/v1/cases')
    .set('authorization', `Bearer ${token}`)
    .send(caseBody(overrides));
  if (res.status !== 201) throw new Error(`create case: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

export function send(
  t: TestApp,
  token: string,
  caseId: string,
  type: string,
  payload: Record<string, unknown> = {},
  extra: { occurredAt?: string; expectedVersion?: number; key?: string } = {},
) {
  const req = t.http.post(`/api/v1/cases/${caseId}/events`).set('authorization', `Bearer ${token}`);
  if (extra.key) void req.set('idempotency-key', extra.key);
  return req.send({
    type,
    payload,
    ...(extra.occurredAt ? { occurredAt: extra.occurredAt } : {}),
    ...(extra.expectedVersion ? { expectedVersion: extra.expectedVersion } : {}),
  });
}

/** A case filed on `filedOn` with handlers h1 and h2 (prefix applied). */
export async function filedCase(t: TestApp, cast: Cast, filedOn = '2025-03-12', prefix = '') {
  const id = await createCase(t, cast.handler);
  const res = await send(
    t,
    cast.approver,
    id,
    'FILE_CASE',
    { handlerIds: [`${prefix}h1`, `${prefix}h2`], conditions: FILE_CONDITIONS },
    { occurredAt: filedOn },
  );
  if (res.status !== 200) throw new Error(`file case: ${res.status} ${JSON.stringify(res.body)}`);
  return id;
}

/**
 * A case filed, with evidence, suspended and resumed (2025-03-12 … 2025-05-15): four entries
 * after the clue, the case-time limit paused between the last two (the auditor's time travel).
 */
export async function suspendedAndResumedCase(t: TestApp, cast: Cast): Promise<string> {
  const id = await createCase(t, cast.handler);
  const acts: [string, string, Record<string, unknown>, string][] = [
    [
      cast.approver,
      'FILE_CASE',
      { handlerIds: ['h1', 'h2'], conditions: FILE_CONDITIONS },
      '2025-03-12',
    ],
    [cast.handler, 'RECORD_EVIDENCE', { kind: 'photo', description: '照片' }, '2025-03-20'],
    [cast.approver, 'SUSPEND_INVESTIGATION', { ground: '等待检验结果' }, '2025-04-01'],
    [cast.approver, 'RESUME_INVESTIGATION', {}, '2025-05-15'],
  ];
  for (const [token, type, payload, on] of acts)
    await send(t, token, id, type, payload, { occurredAt: on }).expect(200);
  return id;
}

/** supertest's parser for a streamed text answer (NDJSON): the whole body as one string. */
export function wholeText(r: Response, cb: (err: Error | null, body: string) => void): void {
  let text = '';
  r.on('data', (c: Buffer) => (text += c.toString()));
  r.on('end', () => cb(null, text));
}
