/**
 * What a JPEG photo says about itself in its Exif block: when it was taken (DateTimeOriginal) and
 * where (GPS). Read from the bytes only; anything missing or malformed reads as null, never throws.
 */
export type PhotoFacts = { takenOn: string | null; latitude: number | null; longitude: number | null };

const NONE: PhotoFacts = { takenOn: null, latitude: null, longitude: null };
const EXIF_IFD = 0x8769;
const GPS_IFD = 0x8825;
const DATE_TIME_ORIGINAL = 0x9003;

type Tiff = { view: DataView; little: boolean };
type Entry = { type: number; count: number; valueOffset: number };

function entriesOf(tiff: Tiff, offset: number): Map<number, Entry> {
  const entries = new Map<number, Entry>();
  const count = tiff.view.getUint16(offset, tiff.little);
  for (let index = 0; index < count; index += 1) {
    const at = offset + 2 + index * 12;
    entries.set(tiff.view.getUint16(at, tiff.little), {
      type: tiff.view.getUint16(at + 2, tiff.little),
      count: tiff.view.getUint32(at + 4, tiff.little),
      // Values over four bytes live at this offset; shorter ones sit in the field itself.
      valueOffset: at + 8,
    });
  }
  return entries;
}

const pointer = (tiff: Tiff, entry: Entry | undefined) =>
  entry ? tiff.view.getUint32(entry.valueOffset, tiff.little) : null;

function ascii(tiff: Tiff, entry: Entry | undefined): string | null {
  if (!entry || entry.type !== 2) {
    return null;
  }
  const start = entry.count > 4 ? tiff.view.getUint32(entry.valueOffset, tiff.little) : entry.valueOffset;
  let text = '';
  for (let index = 0; index < entry.count - 1; index += 1) {
    text += String.fromCharCode(tiff.view.getUint8(start + index));
  }
  return text;
}

/** Degrees, minutes, seconds (three unsigned rationals) as decimal degrees. */
function degrees(tiff: Tiff, entry: Entry | undefined): number | null {
  if (!entry || entry.type !== 5 || entry.count !== 3) {
    return null;
  }
  const start = tiff.view.getUint32(entry.valueOffset, tiff.little);
  const parts = [0, 1, 2].map((index) => {
    const numerator = tiff.view.getUint32(start + index * 8, tiff.little);
    const denominator = tiff.view.getUint32(start + index * 8 + 4, tiff.little);
    return denominator === 0 ? Number.NaN : numerator / denominator;
  });
  const [d = 0, m = 0, s = 0] = parts;
  const value = d + m / 60 + s / 3600;
  return Number.isFinite(value) ? Math.round(value * 1e6) / 1e6 : null;
}

function tiffOf(content: Uint8Array): Tiff | null {
  let offset = 2;
  while (offset + 4 <= content.length && content[offset] === 0xff) {
    const marker = content[offset + 1];
    const length = ((content[offset + 2] ?? 0) << 8) | (content[offset + 3] ?? 0);
    const isExif =
      marker === 0xe1 &&
      String.fromCharCode(...content.subarray(offset + 4, offset + 10)) === 'Exif\u0000\u0000';
    if (isExif) {
      // The block must lie within these bytes (a subarray shares a larger buffer that must not be read).
      if (offset + 2 + length > content.length) {
        return null;
      }
      const view = new DataView(content.buffer, content.byteOffset + offset + 10, length - 8);
      const order = view.getUint16(0);
      return order === 0x4949 || order === 0x4d4d ? { view, little: order === 0x4949 } : null;
    }
    if (marker === 0xda) {
      return null;
    }
    offset += 2 + length;
  }
  return null;
}

/** The capture date (ISO, local date as the camera wrote it) and position of a JPEG, where present. */
export function readPhotoFacts(content: Uint8Array): PhotoFacts {
  try {
    const tiff = content[0] === 0xff && content[1] === 0xd8 ? tiffOf(content) : null;
    if (!tiff) {
      return NONE;
    }
    const root = entriesOf(tiff, tiff.view.getUint32(4, tiff.little));
    const exifAt = pointer(tiff, root.get(EXIF_IFD));
    const stamp = exifAt === null ? null : ascii(tiff, entriesOf(tiff, exifAt).get(DATE_TIME_ORIGINAL));
    const date = stamp ? /^(\d{4}):(\d{2}):(\d{2})/.exec(stamp) : null;
    const gpsAt = pointer(tiff, root.get(GPS_IFD));
    const gps = gpsAt === null ? null : entriesOf(tiff, gpsAt);
    const signed = (value: number | null, ref: string | null, negative: string) =>
      value === null ? null : ref === negative ? -value : value;
    return {
      takenOn: date && date[1] !== '0000' ? `${date[1]}-${date[2]}-${date[3]}` : null,
      latitude: gps ? signed(degrees(tiff, gps.get(2)), ascii(tiff, gps.get(1)), 'S') : null,
      longitude: gps ? signed(degrees(tiff, gps.get(4)), ascii(tiff, gps.get(3)), 'W') : null,
    };
  } catch {
    return NONE;
  }
}
