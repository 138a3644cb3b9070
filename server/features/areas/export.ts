import { AREA_LEVEL_LABELS } from '../../../domain/areas/area-code.js';
import type { Area, AreaListFilter } from '../../../domain/areas/area.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import type { ListExport } from '../../platform/excel/stream.js';
import { listAreas } from './service.js';

/** The area list as a sheet: the same filters as the screen, retired codes with their successor. */
export function areaListExport(
  deps: DatabaseDeps,
  actor: Actor,
  filter: Omit<AreaListFilter, 'limit' | 'offset'>,
): ListExport<Area> {
  return {
    sheetName: 'พื้นที่',
    columns: [
      { key: 'code', header: 'รหัสพื้นที่' },
      { key: 'level', header: 'ระดับ' },
      { key: 'parent_code', header: 'รหัสพื้นที่แม่' },
      { key: 'name_th', header: 'ชื่อ', width: 30 },
      { key: 'name_en', header: 'ชื่อภาษาอังกฤษ', width: 30 },
      { key: 'postcode', header: 'รหัสไปรษณีย์' },
      { key: 'valid_to', header: 'ใช้ได้ถึง (ค.ศ.)' },
      { key: 'successor_code', header: 'รหัสที่ใช้แทน' },
    ],
    fetchPage: (paging) => listAreas(deps, actor, { ...filter, ...paging }),
    toRow: (area) => ({
      code: area.code,
      level: AREA_LEVEL_LABELS[area.level].th,
      parent_code: area.parentCode,
      name_th: area.nameTh,
      name_en: area.nameEn,
      postcode: area.postcode,
      valid_to: area.validTo,
      successor_code: area.successorCode,
    }),
  };
}
