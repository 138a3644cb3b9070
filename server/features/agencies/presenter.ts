import type { Agency } from '../../../domain/agencies/agency.js';
import type { agencies } from './tables.js';

/** The fields a client sees of an agency. */
export function presentAgency(agency: typeof agencies.$inferSelect): Agency {
  return {
    id: agency.id,
    nameTh: agency.nameTh,
    nameEn: agency.nameEn,
    shortName: agency.shortName,
    kind: agency.kind,
    localGovernmentType: agency.localGovernmentType,
    dlaCode: agency.dlaCode,
    budgetUnitCode: agency.budgetUnitCode,
    areaCode: agency.areaCode,
    provinceCode: agency.provinceCode,
    clusterId: agency.clusterId,
    parentAgencyId: agency.parentAgencyId,
    isActive: agency.isActive,
    isDemo: agency.isDemo,
    version: agency.version,
  };
}
