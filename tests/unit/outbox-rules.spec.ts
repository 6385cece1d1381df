import { ConfigError, loadConfig } from '../../src/config/app-config';
import { backoffMs } from '../../src/outbox/backoff';
import { effectSummary } from '../../src/outbox/effect-summary';
import { signWebhook, verifyWebhook } from '../../src/outbox/webhook-signature';

describe('webhook bodies carry ids, types and dates only', () => {
  it('keeps the listed fields of their shape and drops the party, reasons and amounts', () => {
    const data = {
      decisionNumber: '沪市监罚〔2025〕12号',
      outcome: 'penalty',
      decidedOn: '2025-05-06',
      penalties: [{ kind: 'fine', amountFen: 300_000 }],
      party: { kind: 'natural_person', name: '张三', idNumber: '310101199001011234' },
      reason: '张三的地址有误',
      handlerIds: ['h1'],
    };
    expect(effectSummary(data)).toEqual({
      decisionNumber: '沪市监罚〔2025〕12号',
      outcome: 'penalty',
      decidedOn: '2025-05-06',
    });
  });

  it.each([
    ['a listed date field holding a name', { dueOn: '张三' }],
    ['a code holding a phone number', { kind: '13812345678' }],
    ['a document number holding an ID number', { decisionNumber: '310101199001011234' }],
    ['a document number holding a spaced name', { decisionNumber: '张 三' }],
    ['channels holding an object', { channels: [{ name: '张三' }] }],
  ])('drops %s', (_, data) => {
    expect(effectSummary(data)).toEqual({});
  });
});

describe('signatures and backoff', () => {
  it('signs timestamp.body with HMAC-SHA256 and verifies only the same bytes, key and time', () => {
    const body = '{"id":"1"}';
    const header = signWebhook('secret-0123456789abcdef', body, 1_700_000_000);
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhook('secret-0123456789abcdef', body, header, 1_700_000_010)).toBe(true);
    expect(verifyWebhook('secret-0123456789abcdef', `${body} `, header, 1_700_000_010)).toBe(false);
    expect(verifyWebhook('another-secret-0123456', body, header, 1_700_000_010)).toBe(false);
    expect(verifyWebhook('secret-0123456789abcdef', body, header, 1_700_001_000)).toBe(false);
    expect(verifyWebhook('secret-0123456789abcdef', body, undefined, 1_700_000_000)).toBe(false);
  });

  it('doubles from the base, is capped, and jitters within 50–100 %', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 1000, 5000, 1))).toEqual([1000, 2000, 4000, 5000]);
    expect(backoffMs(3, 1000, 60_000, 0)).toBe(2000);
    expect(backoffMs(10_000, 1000, 3_600_000, 1)).toBe(3_600_000);
  });
});

describe('webhook configuration', () => {
  it.each([
    [{ WEBHOOK_URLS: 'ftp://x' }, /^WEBHOOK_URLS: /],
    [{ WEBHOOK_URLS: 'http://127.0.0.1:9/a' }, /^WEBHOOK_SECRET: required when WEBHOOK_URLS/],
    [{ WEBHOOK_URLS: 'http://127.0.0.1:9/a', WEBHOOK_SECRET: 'short' }, /^WEBHOOK_SECRET: /],
    [{ OUTBOX_LEASE_SECONDS: '5', WEBHOOK_TIMEOUT_MS: '5000' }, /^OUTBOX_LEASE_SECONDS: /],
    [{ OUTBOX_RETRY_FOR_SECONDS: '-1' }, /^OUTBOX_RETRY_FOR_SECONDS: /],
  ])('rejects %p naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads the comma-separated receivers and the defaults', () => {
    const c = loadConfig({
      WEBHOOK_URLS: 'http://127.0.0.1:9/a, https://example.test/b',
      WEBHOOK_SECRET: 'a-secret-of-16-chars',
    });
    expect(c.webhookUrls).toEqual(['http://127.0.0.1:9/a', 'https://example.test/b']);
    expect(c).toMatchObject({ OUTBOX_RETRY_FOR_SECONDS: 86_400, OUTBOX_LEASE_SECONDS: 60 });
    expect(loadConfig({}).webhookUrls).toEqual([]);
  });
});
