const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

/** A real 4×3 JPEG (made with sharp, no metadata): decodes whole, so uploads of it get a preview. */
export const TINY_JPEG = fromBase64(
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAADAAQDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAL/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAAAwX/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCwBpL/2Q==',
);

/** A real 4×3 PNG (made with sharp). */
export const TINY_PNG = fromBase64(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAMAAACDKl70AAAAA1BMVEVEqndKYKg6AAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAC0lEQVR4nGNgQAEAAA8AAbVWKT4AAAAASUVORK5CYII=',
);

/** A JPEG (TINY_JPEG unless given) with an APP1 block holding a date taken and a GPS position, in either byte order. */
export function jpegWithExif(options: {
  little: boolean;
  date: string;
  lat: [number, string];
  lon: [number, string];
  picture?: Uint8Array;
}) {
  const tiff = new DataView(new ArrayBuffer(178));
  const { little } = options;
  tiff.setUint16(0, little ? 0x4949 : 0x4d4d);
  tiff.setUint16(2, 42, little);
  tiff.setUint32(4, 8, little);
  const entry = (at: number, tag: number, type: number, count: number, value: number) => {
    tiff.setUint16(at, tag, little);
    tiff.setUint16(at + 2, type, little);
    tiff.setUint32(at + 4, count, little);
    tiff.setUint32(at + 8, value, little);
  };
  const shortAscii = (at: number, tag: number, text: string) => {
    entry(at, tag, 2, 2, 0);
    tiff.setUint8(at + 8, text.charCodeAt(0));
  };
  tiff.setUint16(8, 2, little);
  entry(10, 0x8769, 4, 1, 38);
  entry(22, 0x8825, 4, 1, 56);
  tiff.setUint16(38, 1, little);
  entry(40, 0x9003, 2, 20, 110);
  tiff.setUint16(56, 4, little);
  shortAscii(58, 1, options.lat[1]);
  entry(70, 2, 5, 3, 130);
  shortAscii(82, 3, options.lon[1]);
  entry(94, 4, 5, 3, 154);
  [...options.date].forEach((char, index) => tiff.setUint8(110 + index, char.charCodeAt(0)));
  const dms = (at: number, value: number) => {
    const whole = Math.floor(value);
    const minutes = (value - whole) * 60;
    [whole, 1, Math.floor(minutes), 1, Math.round((minutes - Math.floor(minutes)) * 60 * 100), 100].forEach(
      (part, index) => tiff.setUint32(at + index * 4, part, little),
    );
  };
  dms(130, options.lat[0]);
  dms(154, options.lon[0]);
  const body = new Uint8Array(tiff.buffer);
  const app1Length = 2 + 6 + body.length;
  return Uint8Array.from([
    0xff,
    0xd8,
    0xff,
    0xe1,
    app1Length >> 8,
    app1Length & 0xff,
    ...new TextEncoder().encode('Exif\u0000\u0000'),
    ...body,
    ...(options.picture ?? TINY_JPEG).subarray(2),
  ]);
}
