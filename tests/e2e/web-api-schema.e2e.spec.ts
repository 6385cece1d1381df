import { readFileSync, writeFileSync } from 'node:fs';
import { startTestApp, type TestApp } from '../support/test-app';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require('../../scripts/web-api-schema.cjs') as {
  schemaTypes(document: unknown): string;
  TARGET: string;
};

describe("the workbench's typed client (web/src/api/schema.d.ts)", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is what openapi-typescript makes of the OpenAPI document the service serves', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    const fresh = generator.schemaTypes(res.body);
    // WEB_API_WRITE=1 rewrites it from this document instead (no running service needed).
    if (process.env.WEB_API_WRITE === '1') writeFileSync(generator.TARGET, fresh);
    const committed = readFileSync(generator.TARGET, 'utf8');
    // Stale: start the service and run `npm run web:api` (or pass it a saved document).
    expect(committed === fresh ? 'up to date' : 'stale: run npm run web:api').toBe('up to date');
  });
});
