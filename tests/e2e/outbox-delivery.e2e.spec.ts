import { DeadlineScheduler } from '../../src/deadlines/deadline-scheduler.service';
import { OutboxDispatcher } from '../../src/outbox/outbox-dispatcher.service';
import { verifyWebhook } from '../../src/outbox/webhook-signature';
import { createCase, filedCase, seedCast, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { until, WebhookReceiver } from '../support/webhook-receiver';
import { fine, publishedCase } from './disclosure.fixtures';

const SECRET = 'outbox-test-secret-0123456789';
const PERSON = {
  kind: 'natural_person',
  name: '赵铁柱',
  idNumber: '31010119880512301X',
  phone: '13812345678',
  address: '上海市黄浦区中山东一路18号3楼',
};

describe('effects leave the outbox: inbox, signed webhooks, retries, dead letters', () => {
  let t: TestApp;
  let other: TestApp;
  let cast: Cast;
  let admin: string;
  const receiver = new WebhookReceiver(SECRET);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const round = () => t.app.get(OutboxDispatcher).runOnce();
  const inbox = async (token: string, query = '') =>
    (await t.http.get(`/api/v1/me/notifications${query}`).set(bearer(token)).expect(200)).body;
  const forCase = (path: string, caseId: string, type: string) =>
    receiver.on(path).filter((r) => r.body.caseId === caseId && r.body.type === type);

  beforeAll(async () => {
    await receiver.start();
    const env = {
      WEBHOOK_URLS: `${receiver.url('/main')}, ${receiver.url('/down')}`,
      WEBHOOK_SECRET: SECRET,
      OUTBOX_BACKOFF_BASE_MS: '50',
      OUTBOX_BACKOFF_MAX_MS: '200',
      OUTBOX_RETRY_FOR_SECONDS: '2',
      OUTBOX_LEASE_SECONDS: '5',
      WEBHOOK_TIMEOUT_MS: '2000',
    };
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      t = await startTestApp('2025-03-20T10:00:00+08:00');
      other = await startTestApp('2025-03-20T10:00:00+08:00', t.db);
    } finally {
      for (const key of Object.keys(env)) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
    cast = await seedCast(t);
    admin = t.token('admin');
    receiver.always.set('/down', 503);
  });
  afterAll(async () => {
    await other.close();
    await t.close();
    await receiver.stop();
  });

  it("delivers CASE_FILED to the case's handlers' inboxes and to the receiver, signed", async () => {
    const id = await filedCase(t, cast);
    await until(() => forCase('/main', id, 'CASE_FILED').length > 0, round);
    const [got] = forCase('/main', id, 'CASE_FILED');
    expect(got.signed).toBe(true);
    expect(got.headers['zhifa-event-id']).toBe(got.body.id);
    expect(got.body).toMatchObject({ caseId: id, data: { filedOn: '2025-03-12' } });
    const header = got.headers['zhifa-signature'] as string;
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const now = Math.floor(Date.now() / 1000);
    expect(verifyWebhook(SECRET, got.raw.replace('CASE_FILED', 'CASE_CLOSED'), header, now)).toBe(
      false,
    );
    expect(verifyWebhook('another-secret-0123456', got.raw, header, now)).toBe(false);
    expect(verifyWebhook(SECRET, got.raw, header, now + 3600)).toBe(false);

    for (const token of [cast.handler, cast.handler2]) {
      const page = await inbox(token);
      expect(page).toMatchObject({ page: 1, pageSize: 20 });
      expect(page.items).toContainEqual(
        expect.objectContaining({ type: 'CASE_FILED', caseId: id, readAt: null }),
      );
    }
    // The approver who filed it, the reviewers and the auditor are not told.
    for (const token of [cast.approver, cast.caseReviewer, cast.auditor]) {
      expect((await inbox(token)).items.filter((n: { caseId: string }) => n.caseId === id)).toEqual(
        [],
      );
    }
  });

  it('delivers from one instance at a time (the other finds the leader busy)', async () => {
    await until(async () => (await round())?.attempted === 0, round);
    const id = await filedCase(t, cast);
    receiver.delayMs = 600;
    try {
      const leading = round();
      await until(() => forCase('/main', id, 'CASE_FILED').length > 0);
      expect(await other.app.get(OutboxDispatcher).runOnce()).toBeUndefined();
      expect((await leading)?.delivered).toBeGreaterThan(0);
    } finally {
      receiver.delayMs = 0;
    }
  });

  it('keeps read marks: one notification, then all; unread filters; newest first', async () => {
    await filedCase(t, cast);
    await until(async () => (await inbox(cast.handler)).total >= 2, round);
    const all = await inbox(cast.handler);
    const ids = all.items.map((n: { id: string }) => Number(n.id));
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
    const first = all.items[0].id as string;
    const read = await t.http
      .post(`/api/v1/me/notifications/${first}/read`)
      .set(bearer(cast.handler))
      .expect(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    const unread = await inbox(cast.handler, '?unread=true');
    expect(unread.items.map((n: { id: string }) => n.id)).not.toContain(first);
    expect(unread.total).toBe(all.total - 1);
    // Another officer's notification, or no notification at all: 404, never a 500.
    await t.http
      .post(`/api/v1/me/notifications/${first}/read`)
      .set(bearer(cast.auditor))
      .expect(404);
    // A NUL in the path is malformed input: the request gate refuses it first (400).
    await t.http.post('/api/v1/me/notifications/x%00/read').set(bearer(cast.handler)).expect(400);
    await t.http.get('/api/v1/me/notifications?unread=yes').set(bearer(cast.handler)).expect(400);
    const marked = await t.http
      .post('/api/v1/me/notifications/read-all')
      .set(bearer(cast.handler))
      .expect(200);
    expect(marked.body.marked).toBe(all.total - 1);
    expect((await inbox(cast.handler, '?unread=true')).total).toBe(0);
    expect((await inbox(cast.handler, '?pageSize=1&page=2')).items).toHaveLength(1);
  });

  it('retries a receiver that answers 500, then delivers (attempt 2)', async () => {
    await until(async () => (await round())?.attempted === 0, round);
    receiver.queued.set('/main', [500]);
    const id = await filedCase(t, cast);
    await until(() => forCase('/main', id, 'CASE_FILED').some((r) => r.status === 200), round);
    const tries = forCase('/main', id, 'CASE_FILED');
    expect(tries.map((r) => [r.status, r.headers['zhifa-delivery-attempt']])).toEqual([
      [500, '1'],
      [200, '2'],
    ]);
    expect(new Set(tries.map((r) => r.body.id)).size).toBe(1);
  });

  it('dead-letters a receiver that always fails: admins see it, handlers may not', async () => {
    const id = await filedCase(t, cast);
    const dead = async () =>
      (
        await t.http
          .get('/api/v1/admin/outbox/dead-letters?pageSize=100')
          .set(bearer(admin))
          .expect(200)
      ).body;
    const letter = async () =>
      (await dead()).items.find((d: { caseId: string }) => d.caseId === id) as
        | { id: string; target: string; attempts: number; lastError: string; type: string }
        | undefined;
    await until(async () => (await letter()) !== undefined, round);
    const found = (await letter())!;
    expect(found).toMatchObject({ target: receiver.url('/down'), type: 'CASE_FILED' });
    expect(found.lastError).toBe('HTTP 503');
    expect(found.attempts).toBeGreaterThan(1);
    expect(forCase('/down', id, 'CASE_FILED').length).toBe(found.attempts);
    expect(await dead()).toMatchObject({ page: 1, pageSize: 100, total: expect.any(Number) });
    await t.http.get('/api/v1/admin/outbox/dead-letters').set(bearer(cast.handler)).expect(403);
    await t.http.get('/api/v1/admin/outbox').set(bearer(cast.handler)).expect(403);
    const stats = await t.http.get('/api/v1/admin/outbox').set(bearer(admin)).expect(200);
    expect(stats.body.dead).toBeGreaterThan(0);

    // Put back in line: attempted again once the receiver is up.
    receiver.always.delete('/down');
    await t.http
      .post(`/api/v1/admin/outbox/dead-letters/${found.id}/retry`)
      .set(bearer(admin))
      .expect(200);
    await until(() => forCase('/down', id, 'CASE_FILED').some((r) => r.status === 200), round);
    expect(await letter()).toBeUndefined();
    receiver.always.set('/down', 503);
    await t.http
      .post('/api/v1/admin/outbox/dead-letters/999999/retry')
      .set(bearer(admin))
      .expect(404);
  });

  it('sends ids, types and dates to webhooks and inboxes, never the party', async () => {
    t.clock.set('2025-05-10T10:00:00+08:00');
    const id = await publishedCase(t, cast, {
      prefix: '',
      decisionNumber: '沪市监罚〔2025〕0777号',
      decideOn: '2025-05-06',
      publishOn: '2025-05-08',
      penalties: [fine(3000)],
      party: PERSON,
    });
    await until(() => forCase('/main', id, 'PUBLISH_DECISION_RECORD').length > 0, round);
    await until(async () => (await t.app.get(OutboxDispatcher).runOnce())?.attempted === 0, round);
    // Issue 18: the effects no longer carry the party at all (the published party is the
    // disclosure's rule, applied to the public record); and what leaves must not name it either.
    const raw = await t.db.sql<{ data: string }>(
      `SELECT data::text FROM outbox WHERE case_id = $1`,
      [id],
    );
    expect(raw.map((r) => r.data).join()).toContain('沪市监罚〔2025〕0777号');
    expect(raw.map((r) => r.data).join()).not.toContain(PERSON.name);
    const sent = receiver.received.filter((r) => r.body.caseId === id);
    expect(sent.map((r) => r.body.type)).toEqual(
      expect.arrayContaining(['CASE_FILED', 'DECISION_MADE', 'PUBLISH_DECISION_RECORD']),
    );
    const notes = await t.db.sql<{ data: string }>(
      `SELECT data::text FROM notifications WHERE case_id = $1`,
      [id],
    );
    expect(notes.length).toBeGreaterThan(0);
    const out = [...sent.map((r) => r.raw), ...notes.map((n) => n.data)].join('\n');
    for (const secret of [PERSON.name, PERSON.idNumber, PERSON.phone, PERSON.address, '赵']) {
      expect(out).not.toContain(secret);
    }
    const published = sent.find((r) => r.body.type === 'PUBLISH_DECISION_RECORD')!;
    expect(Object.keys(published.body.data).sort()).toEqual(
      ['channel', 'decidedOn', 'decisionNumber', 'displayUntil', 'outcome', 'publishedOn'].sort(),
    );
  });

  it('tells the approvers of a clue whose verification deadline passed (DEADLINE_MISSED)', async () => {
    // Registered while its verification clock (G03) is still open.
    t.clock.set('2025-03-20T10:00:00+08:00');
    const id = await createCase(t, cast.handler);
    t.clock.set('2025-06-30T10:00:00+08:00');
    expect(await t.app.get(DeadlineScheduler).runOnce()).toBeGreaterThan(0);
    await until(() => forCase('/main', id, 'DEADLINE_MISSED').length > 0, round);
    await until(async () => (await round())?.attempted === 0, round);
    const told = async (token: string) =>
      (await inbox(token, '?pageSize=100')).items.filter(
        (n: { caseId: string; type: string }) => n.caseId === id && n.type === 'DEADLINE_MISSED',
      );
    for (const token of [cast.approver, cast.approver2, cast.approver3]) {
      expect(await told(token)).toContainEqual(
        expect.objectContaining({ data: expect.objectContaining({ clock: 'clueVerification' }) }),
      );
    }
    for (const token of [cast.caseReviewer, cast.auditor, cast.hearingOfficer]) {
      expect(await told(token)).toEqual([]);
    }
  });
});
