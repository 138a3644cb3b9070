import { AGENCY_KIND_LABELS } from '../../../domain/agencies/agency.js';
import { ROLE_LABELS } from '../../../domain/auth/roles.js';
import { NEED_ORIGIN_LABELS, NEED_STATUS_LABELS } from '../../../domain/needs/need.js';
import { DEFAULT_APPROVAL_STEPS } from '../../../domain/plans/approval-defaults.js';
import { PLAN_STATUS_LABELS } from '../../../domain/plans/plan.js';
import { formatEnglishDate, formatThaiDate } from '../../../domain/thai/index.js';
import { translate, type Lang, type MessageKey } from '../../app/i18n/index.js';
import { th } from '../../app/i18n/th.js';

type Bilingual = { th: string; en: string };

/** Code lists whose values an audit change may hold, by field name. */
const VALUE_LABELS: Record<string, Record<string, Bilingual>> = {
  origin: NEED_ORIGIN_LABELS,
  roles: ROLE_LABELS,
  kind: AGENCY_KIND_LABELS,
};
const STATUS_LABELS: Record<string, Bilingual> = { ...NEED_STATUS_LABELS, ...PLAN_STATUS_LABELS };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function keyText(key: string, lang: Lang): string | undefined {
  return key in th ? translate(lang, key as MessageKey) : undefined;
}

/** "แก้ไข", or for an approval move "เปลี่ยนสถานะ: <the step's label>"; the raw code only if unknown. */
export function actionText(action: string, lang: Lang): string {
  const [verb = action, detail] = action.split(':');
  const base = keyText(`audit.action.${verb}`, lang) ?? action;
  if (detail === undefined) {
    return base;
  }
  const step = DEFAULT_APPROVAL_STEPS.find((candidate) => candidate.action === detail);
  return step ? `${base}: ${lang === 'en' ? step.labelEn : step.labelTh}` : `${base}: ${detail}`;
}

/** The kind of record, in words. */
export function entityText(entityType: string, lang: Lang): string {
  return keyText(`audit.entity.${entityType}`, lang) ?? entityType;
}

/** The changed field, in words. */
export function fieldText(field: string, lang: Lang): string {
  return keyText(`audit.field.${field}`, lang) ?? field;
}

function scalarText(field: string, value: unknown, lang: Lang): string {
  if (typeof value === 'number') {
    return value.toLocaleString(lang === 'en' ? 'en-US' : 'th-TH');
  }
  if (typeof value === 'boolean') {
    return translate(lang, value ? 'audit.value.yes' : 'audit.value.no');
  }
  if (typeof value !== 'string') {
    return JSON.stringify(value);
  }
  const label = field === 'status' ? STATUS_LABELS[value] : VALUE_LABELS[field]?.[value];
  if (label) {
    return label[lang];
  }
  if (ISO_DATE.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    return lang === 'en' ? formatEnglishDate(date) : formatThaiDate(date);
  }
  return value;
}

/**
 * One side of a change as a reader would say it: code values in words, numbers with thousands
 * separators, dates in the BE calendar, lists one item after another; null when the side is empty.
 */
export function valueText(field: string, value: unknown, lang: Lang): string | null {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return null;
  }
  if (Array.isArray(value)) {
    return value.map((item) => scalarText(field, item, lang)).join(', ');
  }
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([key, item]) => `${fieldText(key, lang)}: ${valueText(key, item, lang) ?? '–'}`)
      .join('; ');
  }
  return scalarText(field, value, lang);
}
