import type { Actor } from '../../../domain/auth/policy.js';
import type { AreaFigure } from '../../../domain/indicators/figures.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { writeWorkbook, type SheetColumn } from '../../platform/excel/write.js';
import { areaFigures } from './figures.js';

const changeWords = (figure: AreaFigure) =>
  figure.improved === null ? null : figure.change === 0 ? 'คงที่' : figure.improved ? 'ดีขึ้น' : 'แย่ลง';

/**
 * GET /indicators/{id}/areas/export: the figures table of the screen (same indicator, year and parent
 * area) as .xlsx, one row per area with last year's figure, the change, the target and its status.
 */
export async function exportAreaFigures(
  deps: DatabaseDeps,
  actor: Actor,
  indicatorId: string,
  query: { year: number; parent: string },
): Promise<{ fileName: string; workbook: Buffer }> {
  const figures = await areaFigures(deps, actor, indicatorId, query);
  const { indicator, year } = figures;
  const columns: readonly SheetColumn[] = [
    { key: 'indicator_code', header: 'รหัสตัวชี้วัด', readOnly: true, width: 16 },
    { key: 'year', header: 'ปี (พ.ศ.)', kind: 'integer', readOnly: true },
    { key: 'area_code', header: 'รหัสพื้นที่', readOnly: true, width: 12 },
    { key: 'area_name', header: 'พื้นที่', readOnly: true, width: 30 },
    { key: 'value', header: `ค่า (${indicator.unitTh})`, kind: 'decimal', readOnly: true, width: 14 },
    { key: 'numerator', header: 'ตัวตั้ง', kind: 'decimal', readOnly: true },
    { key: 'denominator', header: 'ตัวหาร', kind: 'decimal', readOnly: true },
    { key: 'previous_value', header: `ปี ${year - 1}`, kind: 'decimal', readOnly: true, width: 14 },
    { key: 'change', header: 'เปลี่ยนแปลง', kind: 'decimal', readOnly: true, width: 14 },
    { key: 'trend', header: 'แนวโน้ม', readOnly: true },
    { key: 'target', header: 'ค่าเป้าหมาย', kind: 'decimal', readOnly: true, width: 14 },
    { key: 'below_target', header: 'สถานะ', readOnly: true, width: 18 },
  ];
  const rows = figures.items.map((figure) => ({
    indicator_code: indicator.code,
    year,
    area_code: figure.areaCode,
    area_name: figure.nameTh,
    value: figure.value,
    numerator: figure.numerator,
    denominator: figure.denominator,
    previous_value: figure.previousValue,
    change: figure.change,
    trend: changeWords(figure),
    target: figure.target,
    below_target: figure.belowTarget ? 'ต่ำกว่าเป้าหมาย' : null,
  }));
  const workbook = await writeWorkbook([{ name: indicator.code.slice(0, 31), columns, rows }], {
    notes: {
      name: 'คำอธิบาย',
      lines: [
        `${indicator.nameTh} / ${indicator.nameEn}`,
        `ปี พ.ศ. ${year} · พื้นที่: ${figures.parentFigure?.nameTh ?? 'ทั้งประเทศ'}`,
        'ค่าของพื้นที่ระดับสูงคำนวณจากผลรวมตัวตั้งและตัวหาร ไม่ใช่ค่าเฉลี่ยของร้อยละ',
      ],
    },
  });
  return { fileName: `indicator-${indicator.code}-${year}-${query.parent || 'TH'}.xlsx`, workbook };
}
