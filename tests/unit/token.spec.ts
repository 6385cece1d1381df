import { JwtService } from '@nestjs/jwt';
import { TokenService } from '../../src/auth/token.service';
import { FixedClock } from '../../src/common/clock/clock';
import { loadConfig } from '../../src/config/app-config';
import { forgeToken } from '../support/forge-token';

// Issue 13: tokens must expire, honour nbf and have one spelling; 12 h at most by default.
describe('bearer tokens (jose, strict)', () => {
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'a-test-secret-of-enough-length' });
  const clock = new FixedClock(new Date('2025-03-01T09:00:00Z'));
  const tokens = new TokenService(new JwtService({ secret: config.JWT_SECRET }), clock, config);
  const now = Math.floor(clock.now().getTime() / 1000);
  const forge = (claims: Record<string, unknown>, header?: Record<string, unknown>) =>
    forgeToken(config.JWT_SECRET, claims, header);

  it('defaults TOKEN_MAX_LIFETIME_SECONDS to 12 hours', () => {
    expect(config.TOKEN_MAX_LIFETIME_SECONDS).toBe(43_200);
  });

  it('accepts an issued token and a hand-made one with exp within 12 h', async () => {
    await expect(tokens.verify(tokens.issue('h1'))).resolves.toBe('h1');
    await expect(tokens.verify(forge({ sub: 'h1', iat: now, exp: now + 43_200 }))).resolves.toBe(
      'h1',
    );
  });

  it.each([
    ['no exp', { sub: 'h1', iat: now }],
    ['exp null', { sub: 'h1', iat: now, exp: null }],
    ['exp "1"', { sub: 'h1', iat: now, exp: '1' }],
    ['exp as a string of the future', { sub: 'h1', iat: now, exp: String(now + 60) }],
    ['expired', { sub: 'h1', iat: now - 120, exp: now - 60 }],
    ['nbf in the future', { sub: 'h1', iat: now, nbf: now + 60, exp: now + 120 }],
    ['nbf not a number', { sub: 'h1', iat: now, nbf: 'soon', exp: now + 120 }],
    ['lifetime over 12 h', { sub: 'h1', iat: now, exp: now + 43_201 }],
    ['no iat and exp over 12 h ahead', { sub: 'h1', exp: now + 43_201 + 60 }],
    ['no sub', { iat: now, exp: now + 60 }],
    ['empty sub', { sub: '', iat: now, exp: now + 60 }],
  ])('refuses a token with %s', async (_name, claims) => {
    await expect(tokens.verify(forge(claims))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses other algorithms and alg none', async () => {
    const claims = { sub: 'h1', iat: now, exp: now + 60 };
    for (const header of [{ alg: 'HS512' }, { alg: 'none' }, { alg: 'HS256', crit: ['x'] }]) {
      await expect(tokens.verify(forge(claims, header))).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('refuses every other spelling of a valid signature (padding, stray bits)', async () => {
    const good = forge({ sub: 'h1', iat: now, exp: now + 60 });
    await expect(tokens.verify(good)).resolves.toBe('h1');
    const last = good.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // The 43rd character carries 2 unused bits: its 3 siblings decode to the same MAC.
    const siblings = [...alphabet].filter(
      (c) => c !== last && alphabet.indexOf(c) >> 2 === alphabet.indexOf(last) >> 2,
    );
    const forms = [
      `${good}=`,
      `${good}==`,
      ` ${good}`,
      ...siblings.map((c) => good.slice(0, -1) + c),
    ];
    for (const form of forms) {
      await expect(tokens.verify(form)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });

  it('accepts a token once its nbf has passed', async () => {
    const token = forge({ sub: 'h1', iat: now, nbf: now + 60, exp: now + 3600 });
    clock.set(new Date((now + 61) * 1000));
    await expect(tokens.verify(token)).resolves.toBe('h1');
  });
});

// Issue 19: a verified token is remembered until it expires; the window still holds.
describe('verified tokens remembered (issue 19)', () => {
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'a-test-secret-of-enough-length' });
  const start = new Date('2025-03-01T09:00:00Z');
  const now = Math.floor(start.getTime() / 1000);

  it('refuses a remembered token once it has expired, at the second it expires', async () => {
    const clock = new FixedClock(start);
    const tokens = new TokenService(new JwtService({ secret: config.JWT_SECRET }), clock, config);
    const token = forgeToken(config.JWT_SECRET, { sub: 'h1', iat: now, exp: now + 60 });
    await expect(tokens.verify(token)).resolves.toBe('h1');
    clock.set(new Date((now + 59) * 1000));
    await expect(tokens.verify(token)).resolves.toBe('h1');
    clock.set(new Date((now + 60) * 1000));
    await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('honours nbf for a token verified after it and presented again with the clock set back', async () => {
    const clock = new FixedClock(new Date((now + 120) * 1000));
    const tokens = new TokenService(new JwtService({ secret: config.JWT_SECRET }), clock, config);
    const token = forgeToken(config.JWT_SECRET, {
      sub: 'h1',
      iat: now,
      nbf: now + 100,
      exp: now + 3600,
    });
    await expect(tokens.verify(token)).resolves.toBe('h1');
    clock.set(new Date((now + 99) * 1000));
    await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('never remembers a token signed with another key', async () => {
    const clock = new FixedClock(start);
    const tokens = new TokenService(new JwtService({ secret: config.JWT_SECRET }), clock, config);
    const forged = forgeToken('another-secret-of-enough-length!', {
      sub: 'h1',
      iat: now,
      exp: now + 60,
    });
    for (let i = 0; i < 2; i++)
      await expect(tokens.verify(forged)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
