import type { Translate } from '../../app/i18n/index.js';
import type { VersionSummary } from '../../../domain/plans/responses.js';

/** "ฉบับเดิม" or "ฉบับทบทวน ปีงบประมาณ 2569", with the running number. */
export function versionLabel(
  version: Pick<VersionSummary, 'kind' | 'reviewFiscalYear' | 'versionNo'>,
  t: Translate,
): string {
  return version.kind === 'review'
    ? t('plans.version.review', { year: version.reviewFiscalYear ?? '', no: version.versionNo })
    : t('plans.version.original', { no: version.versionNo });
}

/** A BE period "2566–2570". */
export function periodLabel(start: number, end: number): string {
  return `${start}–${end}`;
}
