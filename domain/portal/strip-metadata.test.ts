import { describe, expect, it } from 'vitest';
import { readPhotoFacts } from '../results/exif.js';
import { jpegWithExif } from '../results/test-fixtures.js';
import { stripPhotoMetadata } from './strip-metadata.js';

const text = (bytes: Uint8Array) => String.fromCharCode(...bytes);
const ascii = (value: string) => [...value].map((char) => char.charCodeAt(0));
const segment = (marker: number, body: number[]) => [
  0xff,
  marker,
  (body.length + 2) >> 8,
  (body.length + 2) & 0xff,
  ...body,
];

describe('JPEG', () => {
  const photo = jpegWithExif({
    little: true,
    date: '2025:06:14 09:30:00',
    lat: [14.975, 'N'],
    lon: [102.1, 'E'],
  });
  const exifEnd = 4 + (((photo[4] ?? 0) << 8) | (photo[5] ?? 0));
  // JFIF, the Exif photo's APP1, a comment, an XMP APP1, IPTC (APP13), a quantisation table, then the scan.
  const rich = Uint8Array.from([
    0xff,
    0xd8,
    ...segment(0xe0, ascii('JFIF\u0000')),
    ...photo.subarray(2, exifEnd),
    ...segment(0xfe, ascii('นายสมชาย บ้านเลขที่ 9')),
    ...segment(0xe1, ascii('http://ns.adobe.com/xap/1.0/\u0000<x:gps/>')),
    ...segment(0xed, ascii('Photoshop 3.0\u0000IPTC')),
    ...segment(0xdb, [0, 1, 2, 3]),
    0xff,
    0xda,
    0,
    2,
    9,
    9,
    0xff,
    0xd9,
  ]);

  it('keeps the picture and drops the position, date and every note the camera or an editor wrote', () => {
    expect(readPhotoFacts(photo).latitude).toBe(14.975);
    const stripped = stripPhotoMetadata(rich, 'image/jpeg');
    expect(stripped).not.toBeNull();
    const bytes = stripped ?? new Uint8Array();
    expect(readPhotoFacts(bytes)).toEqual({ takenOn: null, latitude: null, longitude: null });
    expect(text(bytes)).not.toMatch(/Exif|adobe|Photoshop/);
    expect([...bytes]).toEqual([
      0xff,
      0xd8,
      ...segment(0xe0, ascii('JFIF\u0000')),
      ...segment(0xdb, [0, 1, 2, 3]),
      0xff,
      0xda,
      0,
      2,
      9,
      9,
      0xff,
      0xd9,
    ]);
  });

  it('refuses bytes that are not a whole JPEG rather than pass them on half-read', () => {
    expect(stripPhotoMetadata(rich.subarray(0, 30), 'image/jpeg')).toBeNull();
    expect(stripPhotoMetadata(Uint8Array.from([0xff, 0xd8, 0x00, 0x01, 0, 4]), 'image/jpeg')).toBeNull();
    expect(stripPhotoMetadata(Uint8Array.from(ascii('%PDF-1.4')), 'image/jpeg')).toBeNull();
  });
});

const chunk = (type: string, body: number[]) => [
  (body.length >> 24) & 0xff,
  (body.length >> 16) & 0xff,
  (body.length >> 8) & 0xff,
  body.length & 0xff,
  ...ascii(type),
  ...body,
  1,
  2,
  3,
  4,
];

describe('PNG', () => {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const png = Uint8Array.from([
    ...signature,
    ...chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]),
    ...chunk('eXIf', ascii('MM\u0000*GPS')),
    ...chunk('tEXt', ascii('Comment\u0000home of a villager')),
    ...chunk('iTXt', ascii('XML:com.adobe.xmp\u0000')),
    ...chunk('tIME', [7, 233, 6, 14, 9, 30, 0]),
    ...chunk('IDAT', [1, 2, 3]),
    ...chunk('IEND', []),
  ]);

  it('keeps the drawing chunks and drops Exif, text and time', () => {
    const stripped = stripPhotoMetadata(png, 'image/png');
    expect([...(stripped ?? [])]).toEqual([
      ...signature,
      ...chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]),
      ...chunk('IDAT', [1, 2, 3]),
      ...chunk('IEND', []),
    ]);
  });

  it('refuses a PNG cut before its end or with a chunk running past the bytes', () => {
    expect(stripPhotoMetadata(png.subarray(0, png.length - 12), 'image/png')).toBeNull();
    expect(
      stripPhotoMetadata(Uint8Array.from([...signature, 0, 0, 9, 9, ...ascii('IDAT')]), 'image/png'),
    ).toBeNull();
    expect(stripPhotoMetadata(Uint8Array.from(ascii('GIF89a')), 'image/png')).toBeNull();
  });
});

const riffChunk = (type: string, body: number[]) => [
  ...ascii(type),
  body.length & 0xff,
  (body.length >> 8) & 0xff,
  0,
  0,
  ...body,
  ...(body.length % 2 ? [0] : []),
];
const riff = (chunks: number[]) => {
  const size = chunks.length + 4;
  return Uint8Array.from([...ascii('RIFF'), size & 0xff, size >> 8, 0, 0, ...ascii('WEBP'), ...chunks]);
};

describe('WebP', () => {
  const vp8x = (flags: number) => riffChunk('VP8X', [flags, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  const picture = riffChunk('VP8 ', [5, 6, 7, 8]);

  it('drops the EXIF and XMP chunks and stops the header announcing them, with the RIFF size fixed', () => {
    const webp = riff([
      ...vp8x(0x10 | 0x08 | 0x04),
      ...picture,
      ...riffChunk('EXIF', ascii('II*\u0000GPS')),
      ...riffChunk('XMP ', ascii('<x:xmpmeta/>')),
    ]);
    expect([...(stripPhotoMetadata(webp, 'image/webp') ?? [])]).toEqual([
      ...riff([...vp8x(0x10), ...picture]),
    ]);
  });

  it('refuses a WebP whose chunks do not fill its bytes exactly', () => {
    const whole = riff([...vp8x(0), ...picture]);
    expect(stripPhotoMetadata(whole.subarray(0, whole.length - 2), 'image/webp')).toBeNull();
    expect(stripPhotoMetadata(Uint8Array.from([...whole, 1]), 'image/webp')).toBeNull();
    expect(stripPhotoMetadata(riff([]), 'image/webp')).toBeNull();
    expect(stripPhotoMetadata(Uint8Array.from(ascii('RIFF....AVI ')), 'image/webp')).toBeNull();
  });
});
