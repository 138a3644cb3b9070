import {
  PHOTO_MAX_BYTES,
  PHOTO_MAX_PIXELS,
  sniffPhotoType,
  THUMBNAIL_EDGE,
  withinPixelLimit,
  type PhotoType,
} from '../../../domain/common/photo.js';
import { AppError, tooLarge } from '../http/errors.js';

const tooManyPixels = () =>
  new AppError({
    status: 413,
    code: 'photo-too-large',
    message: {
      th: `ภาพถ่ายมีขนาดเกิน ${PHOTO_MAX_PIXELS / 1_000_000} ล้านพิกเซล กรุณาย่อภาพก่อนแนบ`,
      en: `The photo exceeds ${PHOTO_MAX_PIXELS / 1_000_000} megapixels; shrink it before attaching`,
    },
  });

const notDecodable = () =>
  new AppError({
    status: 415,
    code: 'photo-not-decodable',
    message: {
      th: 'ไฟล์ภาพเสียหรือไม่ครบ เปิดเป็นภาพไม่ได้ กรุณาแนบภาพต้นฉบับอีกครั้ง',
      en: 'The photo is damaged or incomplete and cannot be opened as a picture; attach the original again',
    },
  });

/**
 * A WebP preview of a photo, at most THUMBNAIL_EDGE pixels on its longer side, turned upright by its
 * Exif orientation and without its metadata. The whole picture is decoded, so bytes that only start
 * like a JPEG or PNG (a header and nothing behind it) are refused (415), as is a photo declaring too
 * many pixels (413), before anything is saved.
 */
export async function photoThumbnail(content: Buffer): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  const header = await sharp(content, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!header?.width || !header.height) {
    throw notDecodable();
  }
  if (!withinPixelLimit(header.width, header.height)) {
    throw tooManyPixels();
  }
  return sharp(content, { limitInputPixels: PHOTO_MAX_PIXELS, failOn: 'error' })
    .rotate()
    .resize(THUMBNAIL_EDGE, THUMBNAIL_EDGE, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 70 })
    .toBuffer()
    .catch(() => {
      throw notDecodable();
    });
}

const notPhoto = () =>
  new AppError({
    status: 415,
    code: 'unsupported-photo',
    message: {
      th: 'ต้องเป็นภาพถ่าย JPEG, PNG หรือ WebP (ตรวจจากเนื้อไฟล์ ไม่ใช่นามสกุล)',
      en: 'Must be a JPEG, PNG or WebP photo (judged by its content, not its name)',
    },
  });

/** An uploaded site photo checked whole (size, type from its bytes, decodable) with its preview. */
export async function readSitePhoto(content: Buffer): Promise<{ type: PhotoType; thumbnail: Buffer }> {
  if (content.length > PHOTO_MAX_BYTES) {
    throw tooLarge();
  }
  const type = sniffPhotoType(content);
  if (!type) {
    throw notPhoto();
  }
  return { type, thumbnail: await photoThumbnail(content) };
}
