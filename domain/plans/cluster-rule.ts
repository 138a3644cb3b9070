import { provinceCodeOf } from '../areas/area-code.js';
import type { PlanScope } from './plan.js';
import type { ClusterRuleResult } from './tree.js';

/** A benefit note shorter than this does not count as an explanation. */
export const MIN_BENEFIT_NOTE_LENGTH = 10;

export type ClusterRuleInput = {
  scope: PlanScope;
  areaCodes: readonly string[];
  benefitNote: string | null | undefined;
  memberProvinceCodes: readonly string[];
  /** Province names for the message, by code; codes are shown when a name is missing. */
  provinceNames?: Readonly<Record<string, string>>;
};

/**
 * The cluster rule (domain §1.5): a cluster-plan item must work in more than one member province,
 * or explain how it benefits more than one province. Province plans are not subject to it.
 */
export function clusterRule(input: ClusterRuleInput): ClusterRuleResult {
  if (input.scope !== 'cluster') {
    return {
      applies: false,
      ok: true,
      th: 'เกณฑ์ครอบคลุมมากกว่าหนึ่งจังหวัดใช้เฉพาะแผนพัฒนากลุ่มจังหวัด',
      en: 'The more-than-one-province rule applies to cluster plans only',
    };
  }
  const members = new Set(input.memberProvinceCodes);
  const covered = [...new Set(input.areaCodes.map(provinceCodeOf))]
    .filter((code) => members.has(code))
    .sort();
  const names = covered.map((code) => input.provinceNames?.[code] ?? code).join(', ');
  if (covered.length >= 2) {
    return {
      applies: true,
      ok: true,
      th: `ผ่านเกณฑ์: มีพื้นที่ดำเนินการ ${covered.length} จังหวัดในกลุ่ม (${names})`,
      en: `Meets the rule: works in ${covered.length} member provinces (${names})`,
    };
  }
  const note = (input.benefitNote ?? '').trim();
  if (note.length >= MIN_BENEFIT_NOTE_LENGTH) {
    return {
      applies: true,
      ok: true,
      th: `ผ่านเกณฑ์: ดำเนินการใน ${covered.length} จังหวัด แต่ระบุประโยชน์ต่อมากกว่าหนึ่งจังหวัดไว้แล้ว`,
      en: `Meets the rule: works in ${covered.length} province(s) but explains its benefit to more than one province`,
    };
  }
  const where =
    covered.length === 0
      ? { th: 'ยังไม่ระบุพื้นที่ในจังหวัดสมาชิก', en: 'no area in a member province yet' }
      : { th: `มีพื้นที่เพียงจังหวัดเดียว (${names})`, en: `only one province (${names})` };
  return {
    applies: true,
    ok: false,
    th: `ไม่ผ่านเกณฑ์กลุ่มจังหวัด: ${where.th} โครงการของกลุ่มจังหวัดต้องมีพื้นที่ดำเนินการมากกว่าหนึ่งจังหวัดในกลุ่ม หรืออธิบายประโยชน์ที่เกิดกับมากกว่าหนึ่งจังหวัด (อย่างน้อย ${MIN_BENEFIT_NOTE_LENGTH} ตัวอักษร)`,
    en: `Fails the cluster rule: ${where.en}. A cluster item must work in more than one member province, or explain its benefit to more than one province (at least ${MIN_BENEFIT_NOTE_LENGTH} characters)`,
  };
}
