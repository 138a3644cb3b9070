import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration', () => {
  it('refuses a fractional session length with a message naming the setting', () => {
    expect(() => loadConfig({ AREAPLAN_SESSION_ABSOLUTE_HOURS: '1.5' })).toThrow(
      /AREAPLAN_SESSION_ABSOLUTE_HOURS must be a whole number/,
    );
    expect(() => loadConfig({ AREAPLAN_SESSION_IDLE_MINUTES: '0' })).toThrow(/AREAPLAN_SESSION_IDLE_MINUTES/);
  });

  it('trusts no proxy unless its addresses are configured', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ AREAPLAN_TRUST_PROXY: '10.0.0.5, 10.0.0.6' }).trustProxy).toEqual([
      '10.0.0.5',
      '10.0.0.6',
    ]);
  });

  it('reads the rate limits, with the sign-in limit stricter by default', () => {
    const config = loadConfig({});
    expect(config.loginRateLimitPerMinute).toBeLessThan(config.apiRateLimitPerMinute);
    expect(loadConfig({ AREAPLAN_RATE_LIMIT_PER_MINUTE: '50' }).apiRateLimitPerMinute).toBe(50);
  });

  it('reads the optional read-replica address beside the primary', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://primary/areaplan' }).databaseReadUrl).toBeUndefined();
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://primary/areaplan',
        DATABASE_READ_URL: 'postgres://replica/areaplan',
      }),
    ).toMatchObject({
      databaseUrl: 'postgres://primary/areaplan',
      databaseReadUrl: 'postgres://replica/areaplan',
    });
  });
});
