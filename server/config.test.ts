import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const defaults = { cwd: '/srv/desk', staticDir: '/opt/desk/dist/renderer' };

describe('loadConfig', () => {
  it('uses the documented defaults for an empty environment', () => {
    expect(loadConfig({}, defaults)).toEqual({
      port: 4417,
      host: '127.0.0.1',
      dataDir: '/srv/desk/.data',
      databaseUrl: undefined,
      staticDir: '/opt/desk/dist/renderer',
      demoData: true,
      demoSize: 'demo',
      logLevel: 'info',
      bodyLimit: 4 * 1024 * 1024,
    });
  });

  it('reads every variable and resolves relative paths against the working directory', () => {
    const config = loadConfig(
      {
        PORT: '0',
        HOST: '0.0.0.0',
        DATA_DIR: 'var/data',
        DATABASE_URL: 'postgres://desk@db.internal:5432/desk',
        STATIC_DIR: '/srv/ui',
        DEMO_DATA: 'off',
        DEMO_SIZE: 'bench',
        LOG_LEVEL: 'warn',
      },
      defaults,
    );
    expect(config).toMatchObject({
      port: 0,
      host: '0.0.0.0',
      dataDir: '/srv/desk/var/data',
      databaseUrl: 'postgres://desk@db.internal:5432/desk',
      staticDir: '/srv/ui',
      demoData: false,
      demoSize: 'bench',
      logLevel: 'warn',
    });
  });

  it.each([
    ['off', false],
    ['0', false],
    ['FALSE', false],
    ['no', false],
    ['on', true],
    ['1', true],
    ['true', true],
    ['', true],
  ])('parses DEMO_DATA=%j as %s', (value, expected) => {
    expect(loadConfig({ DEMO_DATA: value }, defaults).demoData).toBe(expected);
  });

  it('seeds demo data (public passwords) on PostgreSQL only when DEMO_DATA says so', () => {
    const DATABASE_URL = 'postgres://desk@db.internal:5432/desk';
    expect(loadConfig({ DATABASE_URL }, defaults).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL, DEMO_DATA: ' ' }, defaults).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL, DEMO_DATA: 'on' }, defaults).demoData).toBe(true);
    expect(loadConfig({ DATABASE_URL: '' }, defaults).demoData).toBe(true);
  });

  it.each([
    ['demo', 'demo'],
    ['BENCH', 'bench'],
    [' ', 'demo'],
  ])('parses DEMO_SIZE=%j as %s', (value, expected) => {
    expect(loadConfig({ DEMO_SIZE: value }, defaults).demoSize).toBe(expected);
  });

  it('treats blank values as unset', () => {
    const config = loadConfig({ PORT: ' ', HOST: '', DATABASE_URL: '', DATA_DIR: '' }, defaults);
    expect(config).toMatchObject({ port: 4417, host: '127.0.0.1', databaseUrl: undefined, dataDir: '/srv/desk/.data' });
  });

  it('refuses bad values with one message naming every bad variable', () => {
    const load = () =>
      loadConfig({ PORT: 'eighty', DEMO_DATA: 'maybe', DEMO_SIZE: 'huge', DATABASE_URL: 'mysql://x/y', LOG_LEVEL: 'loud' }, defaults);
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/PORT must be a whole number/);
    expect(load).toThrow(/DEMO_DATA must be on\/off/);
    expect(load).toThrow(/DEMO_SIZE must be demo or bench/);
    expect(load).toThrow(/DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/);
    expect(load).toThrow(/LOG_LEVEL/);
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' }, defaults)).toThrow(/PORT must be at most 65535/);
  });
});
