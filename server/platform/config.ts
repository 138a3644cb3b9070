import { resolve } from 'node:path';

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** A streaming replica of `databaseUrl` for read-only services (roll-ups, map, exports); optional. */
  databaseReadUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  adminPassword: string | undefined;
  /** Minutes of inactivity after which a session ends. */
  sessionIdleMinutes: number;
  /** Hours after sign-in after which a session ends regardless of activity. */
  sessionAbsoluteHours: number;
  secureCookies: boolean;
  maxUploadBytes: number;
  /** Attempts after which a job that keeps failing or killing its process is parked as failed. */
  jobMaxAttempts: number;
  /** Seconds a process holds a job without renewing; a dead holder's job is taken back after it. */
  jobLeaseSeconds: number;
  webDir: string;
  logLevel: string;
  /** Addresses of reverse proxies whose X-Forwarded-For is believed; false trusts none. */
  trustProxy: string[] | false;
  /** Requests per minute one client address may make to the API. */
  apiRateLimitPerMinute: number;
  /** Sign-in attempts per minute one client address may make. */
  loginRateLimitPerMinute: number;
  /** 32 random bytes (base64) sealing personal data at rest; without it only demo installs seal, with a demo key. */
  personalDataKey: Buffer | undefined;
};

function numberFrom(value: string | undefined, fallback: number): number {
  const parsed = value === undefined || value === '' ? Number.NaN : Number(value);
  return Number.isFinite(parsed) ? parsed : fallback;
}

/** A whole number of at least 1, or a start-up error that names the setting. */
function positiveIntegerFrom(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') {
    return fallback;
  }
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new Error(`${name} must be a whole number of at least 1 (got "${value}")`);
  }
  return parsed;
}

function addressListFrom(value: string | undefined): string[] | false {
  const addresses = (value ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
  return addresses.length > 0 ? addresses : false;
}

/** A base64 key of exactly 32 bytes, or a start-up error that names the setting (never the value). */
function keyFrom(name: string, value: string | undefined): Buffer | undefined {
  if (value === undefined || value === '') {
    return undefined;
  }
  const key = Buffer.from(value, 'base64');
  if (key.length !== 32) {
    throw new Error(`${name} must be 32 bytes in base64 (openssl rand -base64 32)`);
  }
  return key;
}

/** Reads settings from the environment with defaults for the embedded, single-machine install. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: numberFrom(env.PORT, 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReadUrl: env.DATABASE_READ_URL || undefined,
    dataDir: resolve(env.AREAPLAN_DATA_DIR ?? './data'),
    demo: env.AREAPLAN_DEMO !== '0',
    adminPassword: env.AREAPLAN_ADMIN_PASSWORD || undefined,
    sessionIdleMinutes: positiveIntegerFrom(
      'AREAPLAN_SESSION_IDLE_MINUTES',
      env.AREAPLAN_SESSION_IDLE_MINUTES,
      60,
    ),
    sessionAbsoluteHours: positiveIntegerFrom(
      'AREAPLAN_SESSION_ABSOLUTE_HOURS',
      env.AREAPLAN_SESSION_ABSOLUTE_HOURS,
      12,
    ),
    secureCookies: env.AREAPLAN_SECURE_COOKIES === '1',
    maxUploadBytes: numberFrom(env.AREAPLAN_MAX_UPLOAD_MB, 20) * 1024 * 1024,
    jobMaxAttempts: Math.max(1, Math.trunc(numberFrom(env.AREAPLAN_JOB_MAX_ATTEMPTS, 3))),
    jobLeaseSeconds: Math.max(2, numberFrom(env.AREAPLAN_JOB_LEASE_SECONDS, 60)),
    webDir: resolve(env.AREAPLAN_WEB_DIR ?? './dist/web'),
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: addressListFrom(env.AREAPLAN_TRUST_PROXY),
    apiRateLimitPerMinute: positiveIntegerFrom(
      'AREAPLAN_RATE_LIMIT_PER_MINUTE',
      env.AREAPLAN_RATE_LIMIT_PER_MINUTE,
      1200,
    ),
    loginRateLimitPerMinute: positiveIntegerFrom(
      'AREAPLAN_LOGIN_RATE_LIMIT_PER_MINUTE',
      env.AREAPLAN_LOGIN_RATE_LIMIT_PER_MINUTE,
      20,
    ),
    personalDataKey: keyFrom('AREAPLAN_PERSONAL_DATA_KEY', env.AREAPLAN_PERSONAL_DATA_KEY),
  };
}
