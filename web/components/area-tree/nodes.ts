import { AREA_LEVEL_LABELS } from '../../../domain/areas/area-code.js';
import type { Area } from '../../app/api/types.js';
import type { Lang } from '../../app/i18n/index.js';

/** A flat node for antd TreeSelect's simple mode: pId links it to its parent. */
export interface AreaTreeNode {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
  selectable?: boolean;
}

export function areaName(area: Pick<Area, 'nameTh' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' && area.nameEn ? area.nameEn : area.nameTh;
}

export function areaToNode(area: Area, lang: Lang): AreaTreeNode {
  return {
    id: area.code,
    pId: area.parentCode,
    value: area.code,
    title: areaName(area, lang),
    isLeaf: area.level === 'village',
  };
}

/** Codes of the district and province an area lies in (none for a province). */
export function ancestorCodes(area: Pick<Area, 'code' | 'level' | 'provinceCode'>): string[] {
  if (area.level === 'province') {
    return [];
  }
  return area.level === 'district' ? [area.provinceCode] : [area.code.slice(0, 4), area.provinceCode];
}

/**
 * Search hits are shown flat, so each carries its level, district and province: many subdistricts
 * share a name (หนองบัว), and เมืองเชียงใหม่ the district must differ from the subdistrict.
 */
export function searchHitToNode(area: Area, lang: Lang, names: ReadonlyMap<string, string>): AreaTreeNode {
  const where = ancestorCodes(area)
    .map((code) => names.get(code))
    .filter((name): name is string => name !== undefined);
  const context = [AREA_LEVEL_LABELS[area.level][lang], ...where].join(' · ');
  return {
    id: area.code,
    pId: null,
    value: area.code,
    title: `${areaName(area, lang)} (${context} ${area.code})`,
    isLeaf: true,
  };
}

export const AREA_PAGE_LIMIT = 100;
