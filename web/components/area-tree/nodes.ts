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

/** Search hits are shown flat, so each carries its level to tell เมืองเชียงใหม่ the district from the subdistrict. */
export function searchHitToNode(area: Area, lang: Lang): AreaTreeNode {
  return {
    id: area.code,
    pId: null,
    value: area.code,
    title: `${areaName(area, lang)} (${AREA_LEVEL_LABELS[area.level][lang]} ${area.code})`,
    isLeaf: true,
  };
}

export const AREA_PAGE_LIMIT = 100;
