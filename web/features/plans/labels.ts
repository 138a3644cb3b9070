import type { Lang, Translate } from '../../app/i18n/index.js';
import { fiscalYearText } from '../../../domain/thai/index.js';
import type { VersionSummary } from '../../../domain/plans/responses.js';

/** "ฉบับเดิม" or "ฉบับทบทวน ปีงบประมาณ พ.ศ. 2569", with the running number. */
export function versionLabel(
  version: Pick<VersionSummary, 'kind' | 'reviewFiscalYear' | 'versionNo'>,
  t: Translate,
  lang: Lang,
): string {
  return version.kind === 'review' && version.reviewFiscalYear !== null
    ? t('plans.version.review', {
        year: fiscalYearText(version.reviewFiscalYear, lang),
        no: version.versionNo,
      })
    : t('plans.version.original', { no: version.versionNo });
}
