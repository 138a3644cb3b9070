/**
 * Site photos (progress evidence, yearly asset checks): the bytes decide the type, never the file
 * name or the browser's claim, and each photo gets a small preview made on upload, so lists and
 * reports never ship the full photo. The pixel limit refuses "decompression bombs": a small file
 * that would decode to a huge image.
 */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const THUMBNAIL_EDGE = 320;
export const PHOTO_MAX_PIXELS = 50_000_000;

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

export const startsWith = (content: Uint8Array, bytes: readonly number[], offset = 0) =>
  content.length >= offset + bytes.length && bytes.every((byte, index) => content[offset + index] === byte);

/** The photo type the bytes' signature claims, or null (whether they decode is the server's check). */
export function sniffPhotoType(content: Uint8Array): PhotoType | null {
  if (startsWith(content, [0xff, 0xd8, 0xff])) {
    return 'image/jpeg';
  }
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return 'image/png';
  }
  if (startsWith(content, [0x52, 0x49, 0x46, 0x46]) && startsWith(content, [0x57, 0x45, 0x42, 0x50], 8)) {
    return 'image/webp';
  }
  return null;
}

/** Whether the photo's declared size is within what is decoded on the server. */
export const withinPixelLimit = (width: number, height: number): boolean =>
  width * height <= PHOTO_MAX_PIXELS;
