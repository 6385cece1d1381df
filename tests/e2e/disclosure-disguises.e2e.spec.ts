import fc from 'fast-check';
import { normalise } from '../../src/disclosure/redaction/normalise';
import { seedCast } from '../support/case-fixtures';
import { disguised, plainText } from '../support/disguise';
import { startTestApp, type TestApp } from '../support/test-app';
import { fine, publishedCase } from './disclosure.fixtures';

const NOW = '2026-11-21T10:00:00+08:00';
const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const digitsIn = (text: string) => normalise(text).text.replace(/[^0-9]/g, '');

// Issue 13: disguised personal numbers in a decision's text never reach a public answer.
describe('disguised personal numbers through the public endpoints', () => {
  let t: TestApp;
  const numbers: string[] = [];
  const DECISION = '沪市监罚〔2026〕3001号';

  beforeAll(async () => {
    console.log(`disclosure-disguises: FC_SEED=${SEED}`);
    process.env.PUBLIC_RATE_LIMIT = '100000';
    t = await startTestApp(NOW);
    delete process.env.PUBLIC_RATE_LIMIT;
    const cast = await seedCast(t, 'dd-');
    const parts = fc.sample(fc.tuple(plainText, disguised), { seed: SEED, numRuns: 25 });
    let summary = '当事人张 三 丰，经营场所位于张江路100-3-201，';
    for (const [text, d] of parts) {
      if (summary.length + text.length + d.written.length > 1900) break;
      summary += `${text}${d.written}，`;
      numbers.push(d.plain);
    }
    const party = { kind: 'natural_person', name: '张三丰', idNumber: numbers[0] };
    await publishedCase(t, cast, {
      decisionNumber: DECISION,
      decideOn: '2026-09-07',
      publishOn: '2026-09-14',
      penalties: [fine(20_000)],
      prefix: 'dd-',
      party,
      summary,
    });
  }, 60_000);
  afterAll(() => t.close());

  it('publishes the text with no digit of any disguised number, nor the name or house number', async () => {
    expect(numbers.length).toBeGreaterThan(5);
    const one = await t.http.get(`/api/v1/public/decisions/${encodeURIComponent(DECISION)}`);
    expect(one.status).toBe(200);
    expect(digitsIn(one.body.violation)).toBe('');
    expect(one.body.violation).toMatch(/^当事人张某，经营场所位于张江路［门牌号已隐去］，/);
    // …nor a page of the portal (issue 17), which renders the same views as HTML.
    const pages = ['/gongshi/', `/gongshi/decisions/${encodeURIComponent(DECISION)}`];
    const api = ['/decisions?pageSize=100', '/decisions/feed.json'].map(
      (p) => `/api/v1/public${p}`,
    );
    for (const path of [...api, ...pages]) {
      const text = (await t.http.get(path).expect(200)).text;
      const stream = digitsIn(text);
      for (const n of numbers)
        expect({ path, leaked: stream.includes(n) }).toEqual({ path, leaked: false });
    }
  });
});
