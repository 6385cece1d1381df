import { ConfigError, loadConfig } from '../../src/config/app-config';

describe('configuration is validated at boot', () => {
  it('applies the defaults of API.md', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 3000,
      DATA_DIR: './.data',
      BOOTSTRAP_ADMIN_ID: 'admin',
      TZ_BUSINESS: 'Asia/Shanghai',
    });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.usesDevelopmentSecret).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT: /],
    [{ PORT: '70000' }, /^PORT: /],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL: /],
    [{ TZ_BUSINESS: 'Mars/Olympus' }, /^TZ_BUSINESS: /],
    [{ JWT_SECRET: 'short' }, /^JWT_SECRET: /],
    [{ NODE_ENV: 'production' }, /^JWT_SECRET: required/],
    [{ BOOTSTRAP_ADMIN_ID: 'has space' }, /^BOOTSTRAP_ADMIN_ID: /],
  ])('rejects %p with a one-line message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (e) {
      expect((e as Error).message).toMatch(message);
      expect((e as Error).message).not.toContain('\n');
    }
  });

  it('accepts a production configuration with a real secret', () => {
    const c = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-long-enough-secret-value' });
    expect(c.usesDevelopmentSecret).toBe(false);
  });
});
