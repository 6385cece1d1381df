import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createApp } from '../../src/app.factory';
import { FixedClock } from '../../src/common/clock/clock';
import { loadConfig } from '../../src/config/app-config';
import { TokenService } from '../../src/auth/token.service';
import type { Role } from '../../workflows/model/domain.types';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  db: TestDatabase;
  clock: FixedClock;
  http: ReturnType<typeof request>;
  token(officerId: string, expiresInSeconds?: number): string;
  /** Creates an officer through the API (as the bootstrap admin) and returns a token for it. */
  officer(body: OfficerInput): Promise<string>;
  close(): Promise<void>;
}

export interface OfficerInput {
  id: string;
  name?: string;
  roles: Role[];
  enforcementCredential?: { number: string; validUntil: string };
  legalQualification?: boolean;
  legalReviewerSince?: string;
}

/** The real application on a fresh database, with a clock the test controls. */
export async function startTestApp(
  now = '2025-03-01T09:00:00+08:00',
  shared?: TestDatabase,
  env: Record<string, string> = {},
): Promise<TestApp> {
  const db = shared ?? (await createTestDatabase());
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    DATA_DIR: join(tmpdir(), 'zhifa-test-data'),
    CHECKPOINT_SIGNING_KEY: process.env.ZHIFA_TEST_SIGNING_KEY,
    // Tests move the clock by months and issue tokens that outlive it (see LONG below).
    TOKEN_MAX_LIFETIME_SECONDS: String(10 * 365 * 86_400),
    ...env,
  });
  const clock = new FixedClock(new Date(now));
  const app = await createApp({ config, databaseUrl: db.url, clock });
  await app.init();
  const tokens = app.get(TokenService);
  const http = request(app.getHttpServer());
  // Tests move the clock by months; their tokens outlive that.
  const LONG = 10 * 365 * 86_400;
  const adminToken = tokens.issue(config.BOOTSTRAP_ADMIN_ID, LONG);
  return {
    app,
    db,
    clock,
    http,
    token: (id, exp) => tokens.issue(id, exp ?? LONG),
    officer: async (body) => {
      const res = await request(app.getHttpServer())
        .post('/api/v1/officers')
        .set('authorization', `Bearer ${adminToken}`)
        .send({ name: body.id, ...body });
      if (res.status !== 201) throw new Error(`officer ${body.id}: ${JSON.stringify(res.body)}`);
      return tokens.issue(body.id, LONG);
    },
    close: async () => {
      await app.close();
      if (!shared) await db.drop();
    },
  };
}

/** Two service instances on one fresh database (as WORKERS > 1 or two hosts run them). */
export interface TwoInstances {
  db: TestDatabase;
  a: TestApp;
  b: TestApp;
  close(): Promise<void>;
}

export async function startTwoInstances(now: string): Promise<TwoInstances> {
  const db = await createTestDatabase();
  const a = await startTestApp(now, db);
  const b = await startTestApp(now, db);
  return {
    db,
    a,
    b,
    close: async () => {
      await a.close();
      await b.close();
      await db.drop();
    },
  };
}
