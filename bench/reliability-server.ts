// The real server as a child process for the kill -9 bench: start, wait until healthy, sign in,
// call the API over HTTP, and SIGKILL it.
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { NEED_SHEET_COLUMNS } from '../domain/needs/import-sheet.js';
import { DEMO_PASSWORD } from '../server/db/seed/accounts.js';

export type ServerProcess = { child: ChildProcess; base: string; exited: Promise<void> };

/** Starts `server/main.ts` (as `npm run dev` does, without the web build) with the given settings. */
export function startServer(port: number, env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      AREAPLAN_WEB_DIR: '/nonexistent',
      AREAPLAN_RATE_LIMIT_PER_MINUTE: '100000000',
      AREAPLAN_LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`  [server] ${chunk.toString()}`));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, base: `http://127.0.0.1:${port}`, exited };
}

/** Resolves true once /api/health answers 200, false if the process exits or time runs out. */
export async function waitHealthy(server: ServerProcess, seconds: number): Promise<boolean> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until && server.child.exitCode === null) {
    const ok = await fetch(`${server.base}/api/health`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ok) {
      return true;
    }
    await sleep(200);
  }
  return false;
}

export async function kill(server: ServerProcess): Promise<void> {
  server.child.kill('SIGKILL');
  await server.exited;
}

export type Session = {
  get(path: string): Promise<Response>;
  post(path: string, body: unknown): Promise<Response>;
  upload(path: string, fileName: string, content: Buffer): Promise<Response>;
};

export async function signIn(base: string, username: string): Promise<Session> {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) {
    throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  }
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    get: (path) => fetch(`${base}${path}`, { headers: { cookie } }),
    post: (path, body) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    upload: (path, fileName, content) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(content)]), fileName);
      return fetch(`${base}${path}`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken },
        body: form,
      });
    },
  };
}

/** A needs workbook with the column keys as header and `rows` new needs titled `${prefix} n`. */
export async function needsWorkbook(prefix: string, rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('needs');
  sheet.addRow(NEED_SHEET_COLUMNS.map((column) => column.key));
  const cells: Record<string, string | number> = {
    area_code: '300101',
    description: 'นำเข้าระหว่างทดสอบการหยุดกะทันหัน',
    origin: 'public_forum',
    source_date: '15/01/2569',
    dimension: 'สังคม',
    households: 5,
    people: 12,
    fiscal_year: 2570,
  };
  for (let index = 1; index <= rows; index += 1) {
    sheet.addRow(
      NEED_SHEET_COLUMNS.map((column) =>
        column.key === 'title' ? `${prefix} ${index}` : (cells[column.key] ?? ''),
      ),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
