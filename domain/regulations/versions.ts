import type { Bilingual } from '../common/bilingual.js';

/** A text version's validity: from its first day, up to (not including) `effectiveTo`; null = still open. */
export type VersionSpan = { id: string; effectiveFrom: string; effectiveTo: string | null };

/** The version in force on an ISO date: the one whose span holds it, or null before the first. */
export function versionInForce<V extends VersionSpan>(versions: readonly V[], on: string): V | null {
  const holding = versions.filter(
    (version) => version.effectiveFrom <= on && (version.effectiveTo === null || on < version.effectiveTo),
  );
  return holding.sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null;
}

/**
 * What adding a version that starts on `effectiveFrom` does to the existing ones: the open version is
 * closed on that day. A start on or before the open version's own start, or inside a closed span, is
 * refused, so spans never overlap.
 */
export function planNewVersion(
  versions: readonly VersionSpan[],
  effectiveFrom: string,
): { closeId: string | null } | { problem: Bilingual } {
  const overlapped = versions.find(
    (version) =>
      version.effectiveTo !== null &&
      version.effectiveFrom <= effectiveFrom &&
      effectiveFrom < version.effectiveTo,
  );
  if (overlapped) {
    return {
      problem: {
        th: `วันที่มีผลซ้อนกับฉบับที่ใช้ตั้งแต่ ${overlapped.effectiveFrom} ถึง ${overlapped.effectiveTo}`,
        en: `The start overlaps the version in force from ${overlapped.effectiveFrom} to ${overlapped.effectiveTo}`,
      },
    };
  }
  const open = versions.find((version) => version.effectiveTo === null);
  if (!open) {
    return { closeId: null };
  }
  if (effectiveFrom <= open.effectiveFrom) {
    return {
      problem: {
        th: `ฉบับใหม่ต้องมีผลหลังฉบับปัจจุบัน (มีผล ${open.effectiveFrom})`,
        en: `A new version must start after the current one (in force from ${open.effectiveFrom})`,
      },
    };
  }
  return { closeId: open.id };
}
