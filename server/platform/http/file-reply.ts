import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../files/stored-files.js';

/** A kept file as the route answers it: the type sniffed when it was stored, its name and bytes. */
export type FileReply = { fileName: string; mimeType: string; content: Buffer };

/** Sends a kept file as a download under its own name (Thai names included, RFC 6266). */
export function sendAttachment(reply: FastifyReply, file: FileReply): FastifyReply {
  return reply
    .type(file.mimeType)
    .header('content-disposition', contentDisposition(file.fileName))
    .send(file.content);
}

/** Sends a photo's preview, which the browser may keep for a day (private: it sits behind the session). */
export function sendPreview(
  reply: FastifyReply,
  file: Pick<FileReply, 'mimeType' | 'content'>,
): FastifyReply {
  return reply.type(file.mimeType).header('cache-control', 'private, max-age=86400').send(file.content);
}
