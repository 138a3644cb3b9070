import dayjs, { type Dayjs } from 'dayjs';
import type { NeedInput, NeedOrigin, NeedUpdateInput } from '../../../domain/needs/need.js';
import type { NeedDetail } from '../../../domain/needs/need-response.js';

export interface NeedFormValues {
  areaCode?: string | null;
  title?: string;
  description?: string;
  origin?: NeedOrigin;
  dimensionId?: number;
  households?: number | null;
  people?: number | null;
  sourcePriority?: number | null;
  sourceDocument?: string | null;
  sourceDate?: Dayjs | null;
  fiscalYear?: number;
  /** Edits only: why the recorded facts changed (kept in the audit trail). */
  reason?: string;
}

export interface NeedFormDefaults {
  areaCode: string | null;
  fiscalYear: number;
}

export function needToFormValues(need: NeedDetail | null, defaults: NeedFormDefaults): NeedFormValues {
  if (!need) {
    return { areaCode: defaults.areaCode, fiscalYear: defaults.fiscalYear, households: 0, people: 0 };
  }
  return {
    areaCode: need.areaCode,
    title: need.title,
    description: need.description,
    origin: need.origin,
    dimensionId: need.dimensionId,
    households: need.households,
    people: need.people,
    sourcePriority: need.sourcePriority,
    sourceDocument: need.sourceDocument,
    sourceDate: need.sourceDate ? dayjs(need.sourceDate) : null,
    fiscalYear: need.fiscalYear,
  };
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Form values as the create body; missing required values pass through so the schema names them. */
export function formValuesToInput(values: NeedFormValues): NeedInput {
  return {
    areaCode: values.areaCode ?? '',
    title: values.title?.trim() ?? '',
    description: values.description?.trim() ?? '',
    origin: values.origin as NeedOrigin,
    dimensionId: values.dimensionId as number,
    households: values.households ?? 0,
    people: values.people ?? 0,
    sourcePriority: values.sourcePriority ?? null,
    sourceDocument: text(values.sourceDocument),
    sourceDate: values.sourceDate ? values.sourceDate.format('YYYY-MM-DD') : null,
    fiscalYear: values.fiscalYear,
  };
}

/** Form values as an edit: every fact is sent, with the reason when one was typed. */
export function formValuesToUpdate(values: NeedFormValues): Omit<NeedUpdateInput, 'version'> {
  const { fiscalYear, ...input } = formValuesToInput(values);
  const reason = text(values.reason);
  return { ...input, ...(fiscalYear === undefined ? {} : { fiscalYear }), ...(reason ? { reason } : {}) };
}
