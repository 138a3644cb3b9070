import type { Area } from '../../../domain/areas/area.js';
import type { areas } from './tables.js';

/** The fields a client sees of an area. */
export function presentArea(area: typeof areas.$inferSelect): Area {
  return {
    code: area.code,
    level: area.level,
    parentCode: area.parentCode,
    provinceCode: area.provinceCode,
    nameTh: area.nameTh,
    nameEn: area.nameEn,
    postcode: area.postcode,
    lat: area.lat,
    lon: area.lon,
    isSpecialArea: area.isSpecialArea,
    isDemo: area.isDemo,
    validFrom: area.validFrom,
    validTo: area.validTo,
    successorCode: area.successorCode,
    referenceCheck: area.referenceCheck,
    referenceNote: area.referenceNote,
    version: area.version,
  };
}
