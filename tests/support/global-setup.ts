import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../../src/database/embedded-postgres';

declare global {
  var __ZHIFA_PG__: EmbeddedCluster | undefined;
}

/**
 * One PostgreSQL for the whole run: TEST_DATABASE_URL if given, else an embedded cluster in a
 * temporary folder. Test files create their own databases on it (tests/support/test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  // One checkpoint signing key for every app instance of the run (two-instance tests share it).
  const { privateKey } = generateKeyPairSync('ed25519');
  process.env.ZHIFA_TEST_SIGNING_KEY = privateKey
    .export({ type: 'pkcs8', format: 'pem' })
    .toString();
  if (process.env.TEST_DATABASE_URL) {
    process.env.ZHIFA_TEST_SERVER_URL = process.env.TEST_DATABASE_URL;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'zhifa-test-'));
  const cluster = await startEmbeddedPostgres(dir, undefined, { persistent: false });
  globalThis.__ZHIFA_PG__ = cluster;
  process.env.ZHIFA_TEST_SERVER_URL = cluster.url;
}
