import { gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../support/test-app';
import { MARKUP_ORG, N, ORG, PORTAL_NOW, SECRETS, seedPortal } from './gongshi.fixtures';

const page = (number: string) => `/gongshi/decisions/${encodeURIComponent(number)}`;

describe('the public portal 行政执法公示 as HTML (issue 17)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(PORTAL_NOW, undefined, { PUBLIC_RATE_LIMIT: '100000' });
    await seedPortal(t);
  }, 120_000);
  afterAll(() => t.close());

  it.each([
    '/gongshi/',
    '/gongshi',
    '/gongshi/withdrawals',
    '/gongshi/procedure',
    '/gongshi/checkpoints',
  ])('answers %s with a Chinese HTML page that allows no script', async (path) => {
    const res = await t.http.get(path).expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.text).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(res.text).not.toMatch(/<script/i);
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src|unsafe-inline/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
  });

  it('answers a decision page with its record and revalidates it by ETag (304)', async () => {
    const res = await t.http.get(page(N.org)).expect(200);
    expect(res.text).toContain(`<title>行政处罚决定书 ${N.org}`);
    for (const shown of [ORG.name, ORG.creditCode, '罚款50,000元', '没收违法所得3,000元']) {
      expect(res.text).toContain(shown);
    }
    expect(res.text).toContain('国家企业信用信息公示系统、本局门户网站');
    const etag = String(res.headers.etag);
    await t.http.get(page(N.org)).set('if-none-match', etag).expect(304);
  });

  it('shows a party named with markup as text, escaped, on the list and on its page', async () => {
    for (const path of ['/gongshi/', page(N.markup)]) {
      const res = await t.http.get(path).expect(200);
      expect(res.text).not.toContain('<script>');
      expect(res.text).not.toContain('<img src=x>');
      expect(res.text).toContain(
        '&lt;script&gt;alert(&quot;公示&quot;)&lt;/script&gt;贸易有限公司',
      );
    }
    expect(MARKUP_ORG.name).toContain('<script>');
  });

  it('filters by year, penalty kind and keyword through GET parameters', async () => {
    const numbersOf = async (query: string) => {
      const res = await t.http.get(`/gongshi/?${query}`).expect(200);
      return [...res.text.matchAll(/<h2><a href="[^"]+">([^<]+)<\/a><\/h2>/g)].map((m) => m[1]);
    };
    expect(await numbersOf('year=&penalty=&q=')).toEqual([
      N.store,
      N.person,
      N.pharmacy,
      N.org,
      N.markup,
    ]);
    expect(await numbersOf('year=2025')).toEqual([N.org, N.markup]);
    expect(await numbersOf('penalty=confiscate_illegal_gains')).toEqual([N.pharmacy, N.org]);
    expect(await numbersOf('year=2025&penalty=confiscate_illegal_gains')).toEqual([N.org]);
    expect(await numbersOf(`q=${encodeURIComponent('明澈')}`)).toEqual([N.org]);
    expect(await numbersOf(`q=${encodeURIComponent('3101')}`)).toEqual([N.person]);
    // The raw name is not what is published: searching it finds nothing (no oracle).
    expect(await numbersOf(`q=${encodeURIComponent('李晓明')}`)).toEqual([]);
    expect(await numbersOf('penalty=warning')).toEqual([N.store]);
    expect(await numbersOf('penalty=revoke_license')).toEqual([]);
  });

  it('keeps the filters in the form and the paging links', async () => {
    const res = await t.http.get('/gongshi/?year=2026&q=%E6%B2%AA').expect(200);
    expect(res.text).toContain('<option value="2026" selected>2026年</option>');
    expect(res.text).toContain('name="q" type="search" maxlength="100" value="沪"');
    expect(res.text).toContain('<label for="f-year">决定年份</label>');
  });

  it.each([
    ['year', 'year=1999', '决定年份'],
    ['year', 'year=abc', '决定年份'],
    ['penalty', 'penalty=death', '处罚种类'],
    ['page', 'page=0', '页码'],
    ['year', 'year=2025&year=2026', '决定年份'],
    ['q', `q=${'字'.repeat(101)}`, '关键词'],
  ])('answers a bad %s (case %#) with a 400 page naming it', async (field, query, label) => {
    const res = await t.http.get(`/gongshi/?${query}`).expect(400);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('<html lang="zh-CN">');
    expect(res.text).toContain(`检索条件“${label}”（参数 <code>${field}</code>）有误`);
  });

  it.each([
    ['a NUL in the keyword', '/gongshi/?q=%00', 'q'],
    ['a broken percent-escape in the address', '/gongshi/decisions/%E6%B2%AA%E5', 'path'],
  ])('answers %s (refused before routing) with a 400 page too', async (_what, path, field) => {
    const res = await t.http.get(path).expect(400);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.text).toContain(`<code>${field}</code>`);
    // …while the API keeps answering problem details.
    const api = await t.http.get('/api/v1/public/decisions?violation=%00').expect(400);
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers a 400 page for a bad page number of the withdrawals', async () => {
    const res = await t.http.get('/gongshi/withdrawals?page=-1').expect(400);
    expect(res.text).toContain('参数 <code>page</code>');
  });

  it('answers an unknown decision number with a Chinese 404 page, the number escaped', async () => {
    const res = await t.http.get(page('<b>沪市监罚〔2026〕9999号')).expect(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.text).toContain('<title>未找到该决定');
    expect(res.text).toContain('没有正在公示的决定书 &lt;b&gt;沪市监罚〔2026〕9999号');
  });

  it('answers a withdrawn decision with a 404 page that points to the withdrawal notices', async () => {
    const res = await t.http.get(page(N.withdrawn)).expect(404);
    expect(res.text).toContain(`决定书 ${N.withdrawn} 的公示已撤回`);
    expect(res.text).toContain('<a href="/gongshi/withdrawals">');
  });

  it.each(['/gongshi/decisions', '/gongshi/nope', '/gongshi/decisions/a/b'])(
    'answers the unknown address %s with the portal 404 page',
    async (path) => {
      const res = await t.http.get(path).expect(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.text).toContain('<title>页面不存在');
    },
  );

  it('lists the withdrawal notice with its reasons, redacted', async () => {
    const res = await t.http.get('/gongshi/withdrawals').expect(200);
    expect(res.text).toContain(N.withdrawn);
    expect(res.text).toContain('决定被撤销：法院判决撤销；赵某（电话［电话已隐去］）胜诉');
  });

  it('shows no raw personal data on any page', async () => {
    const paths = ['/gongshi/', '/gongshi/withdrawals', ...Object.values(N).map(page)];
    for (const path of paths) {
      const { text } = await t.http.get(path);
      for (const secret of SECRETS)
        expect({ path, leaked: text.includes(secret) }).toEqual({ path, leaked: false });
    }
  });

  it('weighs a page and its stylesheet under 16 KB gzipped (no script at all)', async () => {
    const css = (await t.http.get('/gongshi/portal.css')).text;
    for (const path of ['/gongshi/', page(N.org), '/gongshi/withdrawals']) {
      const html = (await t.http.get(path)).text;
      const raw = Buffer.byteLength(html) + Buffer.byteLength(css);
      const gzipped = gzipSync(html).length + gzipSync(css).length;
      console.log(
        `${path}: ${(raw / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped with CSS`,
      );
      expect(gzipped).toBeLessThan(16 * 1024);
    }
  });

  it('shows each published checkpoint with its tree size and Merkle root, and the key', async () => {
    await t.http
      .post('/api/v1/audit/checkpoints')
      .set('authorization', `Bearer ${t.token('gs-au1')}`)
      .expect(201);
    const [latest] = (await t.http.get('/api/v1/public/checkpoints').expect(200)).body as {
      treeSize: number;
      rootHash: string;
    }[];
    const key = (await t.http.get('/api/v1/public/checkpoints/key').expect(200)).body as {
      publicKey: string;
    };
    const res = await t.http.get('/gongshi/checkpoints').expect(200);
    expect(res.text).toContain(`<td>${latest.treeSize}</td><td><code>${latest.rootHash}</code>`);
    // Issued at 10:00 in Shanghai (the test clock), shown in business time.
    expect(res.text).toContain('<tr><td>2026-11-21 10:00:00</td>');
    expect(res.text).toContain(key.publicKey.trim().split('\n')[1]);
  });

  it('serves its stylesheet as CSS and keeps the portal out of the OpenAPI document', async () => {
    const css = await t.http.get('/gongshi/portal.css').expect(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const doc = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(doc.body.paths as object).filter((p) => p.includes('gongshi'))).toEqual([]);
  });
});

describe('the portal under the public rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(PORTAL_NOW, undefined, { PUBLIC_RATE_LIMIT: '2' });
  });
  afterAll(() => t.close());

  it('answers a 429 HTML page with Retry-After past the limit', async () => {
    await t.http.get('/gongshi/').expect(200);
    await t.http.get('/gongshi/withdrawals').expect(200);
    const res = await t.http.get('/gongshi/').expect(429);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['retry-after']).toBeDefined();
    expect(res.text).toContain('访问过于频繁');
  });
});
