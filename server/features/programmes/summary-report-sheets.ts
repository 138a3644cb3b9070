import type { SummaryReport } from '../../../domain/programmes/summary-report.js';
import type { SheetSpec } from '../../platform/excel/write.js';

/** The workbook of a summary: totals per indicator; per province (national) or per period (a province). */
export function summarySheets(report: SummaryReport): SheetSpec[] {
  const indicatorName = new Map(
    report.programme.components.flatMap((component) =>
      component.indicators.map((indicator) => [indicator.id, indicator] as const),
    ),
  );
  const indicators: SheetSpec = {
    name: 'ตัวชี้วัด',
    columns: [
      { key: 'component', header: 'โครงการ', width: 40 },
      { key: 'indicator', header: 'ตัวชี้วัด', width: 40 },
      { key: 'unit', header: 'หน่วยนับ', width: 12 },
      { key: 'target', header: 'เป้าหมาย', kind: 'count', width: 14 },
      { key: 'actual', header: 'ผลการดำเนินงาน', kind: 'count', width: 16 },
      { key: 'percent', header: 'ร้อยละ', kind: 'decimal', width: 10 },
    ],
    rows: report.totals.map((total) => ({
      component: total.componentTitle,
      indicator: total.name,
      unit: total.unit,
      target: total.target,
      actual: total.actual,
      percent: total.percent,
    })),
  };
  const provinces: SheetSpec = {
    name: 'รายจังหวัด',
    columns: [
      { key: 'rank', header: 'อันดับ', kind: 'integer', width: 8 },
      { key: 'province_code', header: 'รหัสจังหวัด', width: 10 },
      { key: 'province', header: 'จังหวัด', width: 20 },
      { key: 'score', header: 'คะแนนเฉลี่ย (ร้อยละ)', kind: 'decimal', width: 16 },
      { key: 'reported', header: 'รายงานแล้ว (รอบ)', kind: 'integer', width: 14 },
      { key: 'overdue', header: 'รอบที่ค้างรายงาน', width: 16 },
    ],
    rows: report.provinces.map((row) => ({
      rank: row.rank,
      province_code: row.provinceCode,
      province: row.provinceName,
      score: row.score,
      reported: row.reportedPeriods,
      overdue: row.overduePeriods.join(', '),
    })),
  };
  const byProvince: SheetSpec = {
    name: 'รายจังหวัดรายตัวชี้วัด',
    columns: [
      { key: 'province', header: 'จังหวัด', width: 20 },
      { key: 'indicator', header: 'ตัวชี้วัด', width: 40 },
      { key: 'target', header: 'เป้าหมาย', kind: 'count', width: 14 },
      { key: 'actual', header: 'ผลการดำเนินงาน', kind: 'count', width: 16 },
      { key: 'percent', header: 'ร้อยละ', kind: 'decimal', width: 10 },
    ],
    rows: report.provinces.flatMap((row) =>
      row.indicators.map((item) => ({
        province: row.provinceName,
        indicator: indicatorName.get(item.indicatorId)?.nameTh ?? '',
        target: item.target,
        actual: item.actual,
        percent: item.percent,
      })),
    ),
  };
  const periods: SheetSpec = {
    name: 'รายงานรายรอบ',
    columns: [
      { key: 'period', header: 'รอบที่', kind: 'integer', width: 8 },
      { key: 'indicator', header: 'ตัวชี้วัด', width: 40 },
      { key: 'value', header: 'ผลในรอบ', kind: 'count', width: 14 },
      { key: 'photos', header: 'ภาพถ่าย (ภาพ)', kind: 'integer', width: 12 },
      { key: 'note', header: 'หมายเหตุ', width: 40 },
    ],
    rows: report.reports.flatMap((entry) =>
      entry.values.map((value) => ({
        period: entry.periodIndex,
        indicator: indicatorName.get(value.indicatorId)?.nameTh ?? '',
        value: value.value,
        photos: entry.photos.length,
        note: entry.note,
      })),
    ),
  };
  return report.province ? [indicators, byProvince, periods] : [indicators, provinces, byProvince];
}
