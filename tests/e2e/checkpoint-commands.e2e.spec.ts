// Issue 14 "Commands": `npm run verify` takes the key as PEM or as the service's JSON, names a
// wrong key, and says in one line what is wrong with a file; the checkpoint and audit routes
// answer 400 for every bad query parameter and 404 for a checkpoint never published.
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CheckpointService } from '../../src/audit/checkpoint.service';
import { createCase, seedCast, type Cast } from '../support/case-fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'zhifa-verify-'));

function verify(...args: string[]) {
  return spawnSync('node', ['dist/scripts/verify-bundle.js', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    encoding: 'utf8',
  });
}

/** One line on stderr, no stack trace. */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0];
}

describe('npm run verify: keys and files', () => {
  let t: TestApp;
  let cast: Cast;
  let bundle: string;
  let keyJson: string;
  let keyPem: string;

  beforeAll(async () => {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root });
    t = await startTestApp('2026-11-21T10:00:00+08:00');
    cast = await seedCast(t);
    const id = await createCase(t, cast.handler);
    const res = await t.http
      .get(`/api/v1/cases/${id}/export`)
      .set('authorization', `Bearer ${cast.auditor}`);
    bundle = join(dir, 'bundle.json');
    writeFileSync(bundle, res.text);
    const key = await t.http.get('/api/v1/public/checkpoints/key');
    keyJson = join(dir, 'key.json');
    writeFileSync(keyJson, JSON.stringify(key.body));
    keyPem = join(dir, 'key.pem');
    writeFileSync(keyPem, (key.body as { publicKey: string }).publicKey);
  }, 240_000);
  afterAll(() => t.close());

  it('accepts the key as PEM and as the JSON GET /public/checkpoints/key serves', () => {
    for (const key of [keyPem, keyJson]) {
      const run = verify(bundle, '--key', key);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^ok {3}key: key [0-9a-f]{16}$/m);
    }
  });

  it('says "wrong key" for another key, not that the case was changed', () => {
    const other = join(dir, 'other.pem');
    const { publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(other, publicKey.export({ type: 'spki', format: 'pem' }).toString());
    const run = verify(bundle, '--key', other);
    expect(run.status).toBe(1);
    expect(oneLine(run.stderr)).toMatch(/^INVALID: key: wrong key: the bundle is signed with key/);
    expect(run.stdout).not.toMatch(/changed after export/);
  });

  it('answers a missing or malformed file in one line', () => {
    const missing = verify(join(dir, 'nowhere.json'));
    expect(missing.status).toBe(64);
    expect(oneLine(missing.stderr)).toMatch(/^bundle .*nowhere\.json: cannot be read \(ENOENT\)$/);

    const noKey = verify(bundle, '--key', join(dir, 'nokey.pem'));
    expect(noKey.status).toBe(64);
    expect(oneLine(noKey.stderr)).toMatch(/^key file .*nokey\.pem: cannot be read \(ENOENT\)$/);

    const garbage = join(dir, 'garbage.txt');
    writeFileSync(garbage, '{"publicKey": 42}');
    const badKey = verify(bundle, '--key', garbage);
    expect(badKey.status).toBe(64);
    expect(oneLine(badKey.stderr)).toMatch(/neither a PEM public key nor the JSON/);

    writeFileSync(join(dir, 'broken.json'), '{"format": ');
    const broken = verify(join(dir, 'broken.json'));
    expect(broken.status).toBe(1);
    expect(oneLine(broken.stderr)).toMatch(/^INVALID: format: not valid JSON/);

    const usage = verify(bundle, '--key');
    expect(usage.status).toBe(64);
    expect(oneLine(usage.stderr)).toMatch(/^usage: /);
  });
});

describe('checkpoint and audit routes: bad query parameters are 400s', () => {
  let t: TestApp;
  let cast: Cast;
  let id: string;
  let size: number;

  beforeAll(async () => {
    process.env.PUBLIC_RATE_LIMIT = '100000';
    t = await startTestApp('2026-11-21T10:00:00+08:00');
    delete process.env.PUBLIC_RATE_LIMIT;
    cast = await seedCast(t);
    id = await createCase(t, cast.handler);
    size = (await t.app.get(CheckpointService).build())!.treeSize;
  });
  afterAll(() => t.close());

  const pub = (path: string) => t.http.get(`/api/v1/public/checkpoints${path}`);
  const fields = (body: { errors?: { field: string }[] }) => body.errors?.map((e) => e.field);

  it('first > second is a 400 naming first, not a 500', async () => {
    const res = await pub('/consistency?first=41&second=40');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(fields(res.body)).toEqual(['first']);
  });

  it('a checkpoint never published is a 404, not an empty 200', async () => {
    const res = await pub(`/consistency?first=${size}&second=${size + 1}`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await pub(`/consistency?first=${size}&second=${size}`)).status).toBe(200);
  });

  it.each([
    ['/consistency?first=abc&second=2', ['first']],
    ['/consistency?first=1', ['second']],
    ['/consistency?first=-1&second=2', ['first']],
    ['/consistency?first=1&second=2&third=3', ['third']],
    ['?page=2', ['page']],
    ['/key?format=der', ['format']],
  ])('GET /public/checkpoints%s is a 400 naming %j', async (path, named) => {
    const res = await pub(path);
    expect(res.status).toBe(400);
    expect(fields(res.body)).toEqual(named);
  });

  it.each([
    ['get', '/cases/:id/verify?deep=1', ['deep']],
    ['get', '/cases/:id/export?format=zip', ['format']],
    ['get', '/cases/:id/replay?seq=0', ['seq']],
    ['get', '/cases/:id/replay?at=yesterday', ['at']],
    ['get', '/audit/verify-all?limit=5', ['limit']],
    ['post', '/audit/checkpoints?force=true', ['force']],
  ] as const)('%s %s is a 400 naming %j', async (method, path, named) => {
    const res = await t.http[method](`/api/v1${path.replace(':id', id)}`).set(
      'authorization',
      `Bearer ${cast.auditor}`,
    );
    expect(res.status).toBe(400);
    expect(fields(res.body)).toEqual(named);
  });
});
