import { isAbsolute, join } from 'node:path';
import { BUILT_WEB_APP, ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to embedded development mode on an empty environment', () => {
    const c = loadConfig({});
    expect(c.embedded).toBe(true);
    expect(c.env).toBe('development');
    expect(c.port).toBe(3000);
    expect(c.redisUrl).toBeUndefined();
    expect(c.runWorkers).toBe(true);
    expect(c.jwtSecretGenerated).toBe(true);
    expect(c.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the web app built beside the API by default, or WEB_DIST made absolute', () => {
    expect(loadConfig({}).webDist).toBe(BUILT_WEB_APP);
    expect(isAbsolute(BUILT_WEB_APP)).toBe(true);
    expect(BUILT_WEB_APP.endsWith(join('web', 'browser'))).toBe(true);
    expect(loadConfig({ WEB_DIST: 'some/dist' }).webDist).toBe(join(process.cwd(), 'some/dist'));
    expect(loadConfig({ WEB_DIST: '/srv/web' }).webDist).toBe('/srv/web');
  });

  it('uses PostgreSQL and Redis when their URLs are set', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/halt', REDIS_URL: 'redis://redis:6379' });
    expect(c.embedded).toBe(false);
    expect(c.databaseUrl).toBe('postgres://u@db:5432/halt');
    expect(c.redisUrl).toBe('redis://redis:6379');
    expect(c.runWorkers).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT must be an integer number/],
    [{ PORT: '70000' }, /^Invalid configuration: PORT must not be greater than 65535/],
    [
      { DATABASE_URL: 'mysql://x' },
      /^Invalid configuration: DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL$/,
    ],
    [{ REDIS_URL: 'localhost:6379' }, /^Invalid configuration: REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL$/],
    [{ NODE_ENV: 'staging' }, /^Invalid configuration: NODE_ENV must be one of the following values/],
    [{ COOKIE_SECURE: 'maybe' }, /^Invalid configuration: COOKIE_SECURE must be true or false/],
    [{ JWT_SECRET: 'short' }, /^Invalid configuration: JWT_SECRET must be at least 32 characters$/],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('requires a JWT secret and a database in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x@y/z' })).toThrow(
      'Invalid configuration: JWT_SECRET is required in production (at least 32 characters)',
    );
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(
      'Invalid configuration: DATABASE_URL is required when NODE_ENV=production',
    );
  });

  it('seeds the demo activity by default only in development', () => {
    expect(loadConfig({}).seedDemoActivity).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).seedDemoActivity).toBe(false);
    expect(loadConfig({ SEED_DEMO: 'false' }).seedDemoActivity).toBe(false);
    expect(loadConfig({ SEED_DEMO_ACTIVITY: 'off' }).seedDemoActivity).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', SEED_DEMO_ACTIVITY: 'true' }).seedDemoActivity).toBe(true);
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://x@y/z', JWT_SECRET: 'x'.repeat(40) };
    expect(loadConfig(production).seedDemoActivity).toBe(false);
  });

  it.each([
    [
      { SEED_DEMO_ACTIVITY: 'sometimes' },
      'Invalid configuration: SEED_DEMO_ACTIVITY must be true or false (got "sometimes")',
    ],
    [
      { SEED_DEMO: 'false', SEED_DEMO_ACTIVITY: 'true' },
      'Invalid configuration: SEED_DEMO_ACTIVITY needs SEED_DEMO (the demo organisations and users)',
    ],
    [
      {
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://x@y/z',
        JWT_SECRET: 'x'.repeat(40),
        SEED_DEMO: 'true',
        SEED_DEMO_ACTIVITY: 'true',
      },
      'Invalid configuration: SEED_DEMO_ACTIVITY is for demos and is refused when NODE_ENV=production',
    ],
  ])('refuses the demo activity for %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });

  it('never echoes a secret value in the error', () => {
    try {
      loadConfig({ JWT_SECRET: 'tooshort-secret' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect(String((e as Error).message)).not.toContain('tooshort-secret');
    }
  });
});
