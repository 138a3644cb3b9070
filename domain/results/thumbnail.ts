/**
 * Site photos get a small preview made on upload, so lists and reports never ship the full photo.
 * The pixel limit refuses "decompression bombs": a small file that would decode to a huge image.
 */
export const THUMBNAIL_EDGE = 320;
export const PHOTO_MAX_PIXELS = 50_000_000;

/** Whether the photo's declared size is within what is decoded on the server. */
export const withinPixelLimit = (width: number, height: number): boolean =>
  width * height <= PHOTO_MAX_PIXELS;
