import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { DatabaseDeps } from '../dependencies.js';
import { authorize } from '../auth/authorize.js';
import type { Queryable } from '../db/client.js';
import { inActorTransaction } from '../db/transaction.js';
import { notFound } from '../http/errors.js';
import { storedFiles } from '../jobs/tables.js';

// RFC 5987 attr-char leaves out ' ( ) * which encodeURIComponent keeps.
const rfc5987 = (text: string) =>
  encodeURIComponent(text).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * A Content-Disposition that keeps a Thai file name: an ASCII fallback for old clients and the real
 * name as `filename*=UTF-8''…` (RFC 5987/6266).
 */
export function contentDisposition(
  fileName: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot) : '';
  const ascii = fileName
    .slice(0, dot > 0 ? dot : undefined)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const fallback = `${ascii === '' ? 'download' : ascii}${extension.replace(/[^A-Za-z0-9.]/g, '')}`;
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${rfc5987(fileName)}`;
}

/** A file name safe on every file system: no path separators or control characters. */
export function safeFileName(name: string): string {
  const printable = [...name].map((char) => (char.charCodeAt(0) < 0x20 ? '-' : char)).join('');
  return printable
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/-{2,}/g, '-')
    .trim();
}

/**
 * Keeps a file (an upload or a generated document) in `stored_files` and answers its id. Uploads kept
 * for a record carry its province, so the province wall covers them; job inputs and outputs do not.
 */
export async function storeFile(
  db: Queryable,
  file: {
    fileName: string;
    mimeType: string;
    content: Buffer;
    /** Null when the system writes it (demo data), not a user. */
    createdBy: string | null;
    provinceCode?: string | null;
  },
): Promise<string> {
  const [stored] = await db
    .insert(storedFiles)
    .values({ ...file, sizeBytes: file.content.length, provinceCode: file.provinceCode ?? null })
    .returning({ id: storedFiles.id });
  if (!stored) {
    throw new Error('file insert returned no row');
  }
  return stored.id;
}

/** A stored file the actor created (system administrators may read any); others read as not found. */
export async function downloadStoredFile(deps: DatabaseDeps, actor: Actor, fileId: string) {
  authorize(actor, 'job.read');
  const file = await inActorTransaction(deps.database, actor, async (tx) => {
    const [row] = await tx.select().from(storedFiles).where(eq(storedFiles.id, fileId));
    return row;
  });
  if (!file || (file.createdBy !== actor.userId && !actor.roles.includes('system_admin'))) {
    throw notFound({ th: 'ไฟล์', en: 'File' });
  }
  return { fileName: file.fileName, mimeType: file.mimeType, content: file.content };
}

/** The bytes of a stored file the caller's transaction can see (RLS), or null. */
export async function storedContent(db: Queryable, fileId: string): Promise<Buffer | null> {
  const [row] = await db
    .select({ content: storedFiles.content })
    .from(storedFiles)
    .where(eq(storedFiles.id, fileId));
  return row?.content ?? null;
}
