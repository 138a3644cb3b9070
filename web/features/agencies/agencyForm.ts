import type { AgencyKind, LocalGovernmentType } from '../../../domain/agencies/agency.js';
import type { Agency } from '../../app/api/types.js';
import type { AgencyBody } from './api.js';

export interface AgencyFormValues {
  nameTh?: string;
  nameEn?: string | null;
  shortName?: string | null;
  kind?: AgencyKind;
  localGovernmentType?: LocalGovernmentType | null;
  dlaCode?: string | null;
  budgetUnitCode?: string | null;
  areaCode?: string | null;
  clusterId?: number | null;
  parentAgencyId?: string | null;
  isActive?: boolean;
}

export function agencyToFormValues(agency: Agency | null): AgencyFormValues {
  if (!agency) {
    return { isActive: true };
  }
  return {
    nameTh: agency.nameTh,
    nameEn: agency.nameEn,
    shortName: agency.shortName,
    kind: agency.kind,
    localGovernmentType: agency.localGovernmentType,
    dlaCode: agency.dlaCode,
    budgetUnitCode: agency.budgetUnitCode,
    areaCode: agency.areaCode,
    clusterId: agency.clusterId,
    parentAgencyId: agency.parentAgencyId,
    isActive: agency.isActive,
  };
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Form values as the API body; fields hidden for the chosen kind are sent as null so they are cleared. */
export function formValuesToBody(values: AgencyFormValues): AgencyBody {
  const isLocalGovernment = values.kind === 'local_government';
  return {
    nameTh: values.nameTh?.trim() ?? '',
    nameEn: text(values.nameEn),
    shortName: text(values.shortName),
    // The schema rejects a missing kind with its own message, so undefined is passed through.
    kind: values.kind as AgencyKind,
    localGovernmentType: isLocalGovernment ? (values.localGovernmentType ?? null) : null,
    dlaCode: isLocalGovernment ? text(values.dlaCode) : null,
    budgetUnitCode: text(values.budgetUnitCode),
    areaCode: values.areaCode ?? null,
    clusterId: values.clusterId ?? null,
    parentAgencyId: values.parentAgencyId ?? null,
    isActive: values.isActive ?? true,
  };
}
