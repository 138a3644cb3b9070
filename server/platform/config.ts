import { resolve } from 'node:path';

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  adminPassword: string | undefined;
  /** Minutes of inactivity after which a session ends. */
  sessionIdleMinutes: number;
  /** Hours after sign-in after which a session ends regardless of activity. */
  sessionAbsoluteHours: number;
  secureCookies: boolean;
  maxUploadBytes: number;
  webDir: string;
  logLevel: string;
};

function numberFrom(value: string | undefined, fallback: number): number {
  const parsed = value === undefined || value === '' ? Number.NaN : Number(value);
  return Number.isFinite(parsed) ? parsed : fallback;
}

/** Reads settings from the environment with defaults for the embedded, single-machine install. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: numberFrom(env.PORT, 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.AREAPLAN_DATA_DIR ?? './data'),
    demo: env.AREAPLAN_DEMO !== '0',
    adminPassword: env.AREAPLAN_ADMIN_PASSWORD || undefined,
    sessionIdleMinutes: numberFrom(env.AREAPLAN_SESSION_IDLE_MINUTES, 60),
    sessionAbsoluteHours: numberFrom(env.AREAPLAN_SESSION_ABSOLUTE_HOURS, 12),
    secureCookies: env.AREAPLAN_SECURE_COOKIES === '1',
    maxUploadBytes: numberFrom(env.AREAPLAN_MAX_UPLOAD_MB, 20) * 1024 * 1024,
    webDir: resolve(env.AREAPLAN_WEB_DIR ?? './dist/web'),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
