import type { Bilingual } from '../common/bilingual.js';
import { PHOTO_MAX_BYTES, PHOTO_TYPES, sniffPhotoType, startsWith } from '../common/photo.js';

/**
 * Evidence of a result (site photos, inspection minutes): the content decides the type, never the
 * file name or the browser's claim, so a renamed executable is refused whatever it is called.
 */
export const EVIDENCE_MAX_BYTES = PHOTO_MAX_BYTES;

export const EVIDENCE_TYPES = [...PHOTO_TYPES, 'application/pdf'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** The evidence type the bytes really are, or null when they are none of the accepted ones. */
export function sniffEvidenceType(content: Uint8Array): EvidenceType | null {
  return (
    sniffPhotoType(content) ??
    (startsWith(content, [0x25, 0x50, 0x44, 0x46, 0x2d]) ? 'application/pdf' : null)
  );
}

/** Site photos pair up: the same view before the work and after it (ภาพก่อนและหลังดำเนินการ). */
export const PHOTO_PHASES = ['before', 'during', 'after'] as const;
export type PhotoPhase = (typeof PHOTO_PHASES)[number];

/** Whether an evidence file is a photo (shown as a picture) rather than a document. */
export const isPhoto = (type: EvidenceType): boolean => type.startsWith('image/');

/**
 * Why a photo's phase and pairing cannot stand, or null: only photos have a phase, and only an
 * "after" photo pairs, with a "before" photo of the same project (`pair` undefined: none such).
 */
export function photoPairProblem(
  upload: { type: EvidenceType; phase: PhotoPhase | undefined; pairOf: string | undefined },
  pair: { phase: PhotoPhase | null } | undefined,
): Bilingual | null {
  if (upload.phase && !isPhoto(upload.type)) {
    return { th: 'ระบุช่วงก่อน/หลังได้เฉพาะภาพถ่าย', en: 'Only a photo has a before/after phase' };
  }
  if (upload.pairOf === undefined) {
    return null;
  }
  if (upload.phase !== 'after' || pair?.phase !== 'before') {
    return {
      th: 'ภาพ "หลัง" จับคู่ได้กับภาพ "ก่อน" ของโครงการเดียวกันเท่านั้น',
      en: 'An "after" photo pairs only with a "before" photo of the same project',
    };
  }
  return null;
}
