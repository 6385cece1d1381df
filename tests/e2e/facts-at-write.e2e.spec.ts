// Issue 19, "guards see the same facts": an event's write lands only if every officer its entry
// names is still as the guards saw them. A change that has not reached this instance's caches
// yet (here made behind the service's back, as another instance's change is before its
// notification arrives) makes the event a 409 with nothing written, never an accepted event.
// The change is made with the notify trigger off, as if its notification were still on its way.
import { filedCase, seedCast, send, type Cast } from '../support/case-fixtures';
import { digestTables } from '../support/table-digest';
import { startTestApp, type TestApp } from '../support/test-app';

const NOW = '2025-03-20T10:00:00+08:00';
const EVIDENCE = { kind: 'inspection_record', description: '现场检查笔录' };

describe('officer facts checked by the write itself', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await startTestApp(NOW);
    cast = await seedCast(t);
  });
  afterAll(() => t.close());

  const cases: [string, string, string][] = [
    ['deactivated', 'fa1-', `UPDATE officers SET active = false WHERE id = $1`],
    ['with its role taken away', 'fa2-', `UPDATE officers SET roles = '{}' WHERE id = $1`],
    [
      'with its credential withdrawn',
      'fa3-',
      `UPDATE officers SET credential_number = NULL WHERE id = $1`,
    ],
  ];

  it.each(cases)(
    'an acting officer %s meanwhile: 409, nothing written',
    async (_what, p, change) => {
      const c = await seedCast(t, p);
      const id = await filedCase(t, c, '2025-03-12', p);
      // The officer acts once, so this instance holds their facts as they were.
      expect((await send(t, c.handler, id, 'RECORD_EVIDENCE', EVIDENCE)).status).toBe(200);
      // The change, without the notification that would reach this instance's officer cache.
    await t.db.sql(`ALTER TABLE officers DISABLE TRIGGER officers_notify`);
    await t.db.sql(change, [`${p}h1`]);
    await t.db.sql(`ALTER TABLE officers ENABLE TRIGGER officers_notify`);
      const before = await digestTables(t.db);
      const res = await send(t, c.handler, id, 'RECORD_EVIDENCE', EVIDENCE);
      expect({ status: res.status, code: res.body.code }).toEqual({
        status: 409,
        code: 'VERSION_CONFLICT',
      });
      expect(await digestTables(t.db)).toEqual(before);
    },
  );

  it('the same event lands when nothing changed (the check passes on unchanged facts)', async () => {
    const id = await filedCase(t, cast);
    expect((await send(t, cast.handler, id, 'RECORD_EVIDENCE', EVIDENCE)).status).toBe(200);
    expect((await send(t, cast.handler, id, 'RECORD_EVIDENCE', EVIDENCE)).status).toBe(200);
  });
});
