// Issue 15: a 100 MB attachment uploads and downloads with the service's RSS growing by less than
// 50 MB — measured on the built service in its own process (/proc/<pid>/status).
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { filedCase, seedCast } from '../support/case-fixtures';
import {
  buildService,
  spawnService,
  tokenFor,
  waitForStatus,
  type SpawnedService,
} from '../support/spawned-service';
import { startTestApp } from '../support/test-app';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const SIZE = 100 * 1024 * 1024;
const MB = 1024 * 1024;

/** VmRSS and VmHWM of a process, in bytes. */
function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)![1]) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** `size` bytes (whole MB) of a repeated random block (with a counter), hashed as they are produced. */
function generated(hash: ReturnType<typeof createHash>, size: number): Readable {
  const block = randomBytes(MB);
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= size) return this.push(null);
      const chunk = Buffer.from(block);
      chunk.writeUInt32BE(sent / MB, 0);
      hash.update(chunk);
      sent += chunk.length;
      this.push(chunk);
    },
  });
}

function upload(
  s: SpawnedService,
  caseId: string,
  token: string,
  hash: ReturnType<typeof createHash>,
  size: number,
) {
  const boundary = `zhifa${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="recording.bin"\r\n` +
      'Content-Type: video/mp4\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise<{ status: number; body: Record<string, unknown> }>((done, fail) => {
    const req = request(
      `${s.url}/api/v1/cases/${caseId}/attachments`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': head.length + size + tail.length,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => done({ status: res.statusCode!, body: JSON.parse(text) }));
      },
    );
    req.on('error', fail);
    req.write(head);
    const body = generated(hash, size);
    body.on('end', () => req.end(tail));
    body.pipe(req, { end: false });
  });
}

async function downloadHash(s: SpawnedService, caseId: string, sha: string, token: string) {
  const res = await fetch(`${s.url}/api/v1/cases/${caseId}/attachments/${sha}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { status: res.status, sha256: hash.digest('hex'), size };
}

describe('a 100 MB attachment through the spawned service', () => {
  let db: TestDatabase;
  let service: SpawnedService;
  let caseId: string;
  let dataDir: string;

  beforeAll(async () => {
    buildService();
    db = await createTestDatabase();
    const seeding = await startTestApp('2025-03-20T10:00:00+08:00', db);
    const cast = await seedCast(seeding);
    caseId = await filedCase(seeding, cast);
    await seeding.close();
    dataDir = mkdtempSync(join(tmpdir(), 'zhifa-attachments-'));
    service = await spawnService(db.url, { DATA_DIR: dataDir });
    await waitForStatus(service, '/health', 200);
  }, 180_000);
  afterAll(async () => {
    await service?.stop();
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('uploads and downloads 100 MB with RSS growing by less than 50 MB', async () => {
    const pid = service.child.pid!;
    const token = tokenFor('h1');
    // Warm the route once (modules, pools), then measure from a settled process.
    const small = createHash('sha256');
    const warm = await upload(service, caseId, token, small, 4 * MB);
    expect(warm.status).toBe(201);
    await downloadHash(service, caseId, small.digest('hex'), token);
    await new Promise((r) => setTimeout(r, 500));
    const before = memoryOf(pid);
    // Resets VmHWM to the current RSS (proc(5), clear_refs "5"), so the peak is this transfer's.
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    let peak = before.rss;
    const sampler = setInterval(() => (peak = Math.max(peak, memoryOf(pid).rss)), 20);
    try {
      const hash = createHash('sha256');
      const up = await upload(service, caseId, token, hash, SIZE);
      const expected = hash.digest('hex');
      expect(up.status).toBe(201);
      expect(up.body).toMatchObject({ sha256: expected, size: SIZE });
      const down = await downloadHash(service, caseId, expected, token);
      expect(down).toEqual({ status: 200, sha256: expected, size: SIZE });
    } finally {
      clearInterval(sampler);
    }
    const after = memoryOf(pid);
    const growth = Math.max(peak, after.hwm) - before.rss;
    console.log(
      `attachment RSS (MB): before ${(before.rss / MB).toFixed(1)}, ` +
        `VmHWM during ${(after.hwm / MB).toFixed(1)}, sampled peak ${(peak / MB).toFixed(1)}, ` +
        `after ${(after.rss / MB).toFixed(1)}, growth ${(growth / MB).toFixed(1)}`,
    );
    expect(growth).toBeLessThan(50 * MB);
  }, 300_000);
});
