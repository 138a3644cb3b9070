/**
 * A photo as the public portal serves it: the picture without what the camera wrote about it (Exif
 * with its GPS position, XMP, IPTC, comments, text chunks). A site photo may be taken at someone's
 * house; the portal shows where a project is from its own location, never from a photo's position.
 * Bytes that are not a well-formed image of the named type come back as null, never half-stripped.
 */
export type PortalPhotoType = 'image/jpeg' | 'image/png' | 'image/webp';

// JPEG segments kept before the scan: JFIF (APP0), the colour profile (APP2), Adobe's colour
// transform (APP14) and every non-APP marker; APP1 (Exif, XMP), APP13 (IPTC), other APPn and COM go.
const KEPT_APP = new Set([0xe0, 0xe2, 0xee]);
const COMMENT = 0xfe;
const START_OF_SCAN = 0xda;

function stripJpeg(content: Uint8Array): Uint8Array | null {
  if (content[0] !== 0xff || content[1] !== 0xd8) {
    return null;
  }
  const parts: Uint8Array[] = [content.subarray(0, 2)];
  let offset = 2;
  while (offset + 4 <= content.length) {
    const marker = content[offset + 1] ?? 0;
    if (content[offset] !== 0xff) {
      return null;
    }
    if (marker === START_OF_SCAN) {
      parts.push(content.subarray(offset));
      return concat(parts);
    }
    const end = offset + 2 + (((content[offset + 2] ?? 0) << 8) | (content[offset + 3] ?? 0));
    if (end > content.length) {
      return null;
    }
    const isApp = marker >= 0xe0 && marker <= 0xef;
    if ((!isApp || KEPT_APP.has(marker)) && marker !== COMMENT) {
      parts.push(content.subarray(offset, end));
    }
    offset = end;
  }
  return null;
}

// PNG chunks that describe rather than draw: Exif, the three text kinds and the time of last change.
const PNG_DROPPED = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function stripPng(content: Uint8Array): Uint8Array | null {
  if (!PNG_SIGNATURE.every((byte, index) => content[index] === byte)) {
    return null;
  }
  const view = new DataView(content.buffer, content.byteOffset, content.byteLength);
  const parts: Uint8Array[] = [content.subarray(0, 8)];
  let offset = 8;
  while (offset + 12 <= content.length) {
    const end = offset + 12 + view.getUint32(offset);
    if (end > content.length) {
      return null;
    }
    const type = String.fromCharCode(...content.subarray(offset + 4, offset + 8));
    if (!PNG_DROPPED.has(type)) {
      parts.push(content.subarray(offset, end));
    }
    if (type === 'IEND') {
      return concat(parts);
    }
    offset = end;
  }
  return null;
}

// WebP (RIFF): the EXIF and XMP chunks go, and the extended header stops announcing them.
const WEBP_DROPPED = new Set(['EXIF', 'XMP ']);
const VP8X_EXIF_AND_XMP = 0x08 | 0x04;

function stripWebp(content: Uint8Array): Uint8Array | null {
  const tag = (at: number) => String.fromCharCode(...content.subarray(at, at + 4));
  if (content.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WEBP') {
    return null;
  }
  const view = new DataView(content.buffer, content.byteOffset, content.byteLength);
  const parts: Uint8Array[] = [];
  let offset = 12;
  while (offset + 8 <= content.length) {
    const size = view.getUint32(offset + 4, true);
    const end = offset + 8 + size + (size % 2);
    if (end > content.length) {
      return null;
    }
    const type = tag(offset);
    if (type === 'VP8X') {
      const chunk = content.slice(offset, end);
      chunk[8] = (chunk[8] ?? 0) & ~VP8X_EXIF_AND_XMP;
      parts.push(chunk);
    } else if (!WEBP_DROPPED.has(type)) {
      parts.push(content.subarray(offset, end));
    }
    offset = end;
  }
  if (offset !== content.length || parts.length === 0) {
    return null;
  }
  const body = concat(parts);
  const header = new Uint8Array(12);
  header.set(content.subarray(0, 12));
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  return concat([header, body]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}

const STRIPPERS: Record<PortalPhotoType, (content: Uint8Array) => Uint8Array | null> = {
  'image/jpeg': stripJpeg,
  'image/png': stripPng,
  'image/webp': stripWebp,
};

/** The photo without its metadata, or null when the bytes are not a well-formed image of that type. */
export function stripPhotoMetadata(content: Uint8Array, type: PortalPhotoType): Uint8Array | null {
  return STRIPPERS[type](content);
}
