import { PHOTO_MAX_PIXELS, THUMBNAIL_EDGE, withinPixelLimit } from '../../../domain/results/thumbnail.js';
import { AppError } from '../../platform/http/errors.js';

const tooManyPixels = () =>
  new AppError({
    status: 413,
    code: 'photo-too-large',
    message: {
      th: `ภาพถ่ายมีขนาดเกิน ${PHOTO_MAX_PIXELS / 1_000_000} ล้านพิกเซล กรุณาย่อภาพก่อนแนบ`,
      en: `The photo exceeds ${PHOTO_MAX_PIXELS / 1_000_000} megapixels; shrink it before attaching`,
    },
  });

/**
 * A WebP preview at most THUMBNAIL_EDGE pixels on its longer side, turned upright by its Exif
 * orientation. A photo declaring too many pixels is refused (413); one whose header is readable but
 * whose picture cannot be decoded keeps no preview (null) and is shown as a file.
 */
export async function makeThumbnail(content: Buffer): Promise<Buffer | null> {
  const { default: sharp } = await import('sharp');
  const header = await sharp(content, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!header?.width || !header.height) {
    return null;
  }
  if (!withinPixelLimit(header.width, header.height)) {
    throw tooManyPixels();
  }
  return sharp(content, { limitInputPixels: PHOTO_MAX_PIXELS, failOn: 'error' })
    .rotate()
    .resize(THUMBNAIL_EDGE, THUMBNAIL_EDGE, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 70 })
    .toBuffer()
    .catch(() => null);
}
