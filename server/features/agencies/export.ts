import { AGENCY_KIND_LABELS, LOCAL_GOVERNMENT_TYPE_LABELS } from '../../../domain/agencies/agency.js';
import type { Agency, AgencyListFilter } from '../../../domain/agencies/agency.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import type { ListExport } from '../../platform/excel/stream.js';
import { listAgencies } from './service.js';

/** The agency list as a sheet, with the screen's filters. */
export function agencyListExport(
  deps: DatabaseDeps,
  actor: Actor,
  filter: Omit<AgencyListFilter, 'limit' | 'offset'>,
): ListExport<Agency> {
  return {
    sheetName: 'หน่วยงาน',
    columns: [
      { key: 'name_th', header: 'ชื่อหน่วยงาน', width: 40 },
      { key: 'name_en', header: 'ชื่อภาษาอังกฤษ', width: 30 },
      { key: 'short_name', header: 'ชื่อย่อ' },
      { key: 'kind', header: 'ประเภท', width: 24 },
      { key: 'local_government_type', header: 'ประเภท อปท.', width: 24 },
      { key: 'dla_code', header: 'รหัส สถ.' },
      { key: 'budget_unit_code', header: 'รหัสหน่วยรับงบประมาณ' },
      { key: 'area_code', header: 'รหัสพื้นที่' },
      { key: 'province_code', header: 'รหัสจังหวัด' },
      { key: 'active', header: 'ใช้งาน' },
    ],
    fetchPage: (paging) => listAgencies(deps, actor, { ...filter, ...paging }),
    toRow: (agency) => ({
      name_th: agency.nameTh,
      name_en: agency.nameEn,
      short_name: agency.shortName,
      kind: AGENCY_KIND_LABELS[agency.kind].th,
      local_government_type: agency.localGovernmentType
        ? LOCAL_GOVERNMENT_TYPE_LABELS[agency.localGovernmentType].th
        : null,
      dla_code: agency.dlaCode,
      budget_unit_code: agency.budgetUnitCode,
      area_code: agency.areaCode,
      province_code: agency.provinceCode,
      active: agency.isActive ? 'ใช้งาน' : 'ยกเลิก',
    }),
  };
}
