import type { Bilingual } from '../../common/bilingual.js';
import type { RuleParameters } from './rule-kinds.js';
import type { RuleSubject } from './subject.js';
import { baht, joinBilingual, same, type Verdict } from './verdict.js';

/** Labels of the project record's codes (readiness items, categories), for the explanations. */
export type RuleLabels = {
  readinessItems: Readonly<Record<string, Bilingual>>;
  categories: Readonly<Record<string, Bilingual>>;
};

const labelOf = (labels: Readonly<Record<string, Bilingual>>, code: string): Bilingual =>
  labels[code] ?? same(code);

/** Linked to a plan issue and at least `minKpis` of its KPIs. */
export function planLink(parameters: RuleParameters<'plan_link'>, subject: RuleSubject): Verdict {
  const missing: Bilingual[] = [];
  if (subject.links.planIssueId === null) {
    missing.push({ th: 'ประเด็นการพัฒนาของแผน', en: 'a plan issue' });
  }
  if (subject.links.kpiIds.length < parameters.minKpis) {
    missing.push({
      th: `ตัวชี้วัดอย่างน้อย ${parameters.minKpis} ตัว`,
      en: `at least ${parameters.minKpis} KPI(s)`,
    });
  }
  return {
    status: missing.length === 0 ? 'pass' : 'fail',
    values: {
      kpis: same(subject.links.kpiIds.length),
      minKpis: same(parameters.minKpis),
      missing: joinBilingual(missing),
    },
  };
}

/** A cluster project works in, or explains its benefit to, more than one member province (§1.5). */
export function clusterCoverage(
  parameters: RuleParameters<'cluster_coverage'>,
  subject: RuleSubject,
): Verdict {
  if (subject.scope !== 'cluster') {
    return {
      status: 'not_applicable',
      note: { th: 'ใช้เฉพาะโครงการของกลุ่มจังหวัด', en: 'Applies to cluster projects only' },
    };
  }
  const members = new Set(subject.clusterMemberProvinceCodes);
  const covered = [...new Set(subject.provinceCodes)].filter((code) => members.has(code)).sort();
  const note = (subject.beneficiaryNote ?? '').trim();
  const explained = note.length > 0 && note.length >= parameters.minBenefitNoteLength;
  return {
    status: covered.length >= parameters.minProvinces || explained ? 'pass' : 'fail',
    values: {
      provinces: joinBilingual(covered.map((code) => same(subject.provinceNames[code] ?? code))),
      provinceCount: same(covered.length),
      minProvinces: same(parameters.minProvinces),
      minBenefitNoteLength: same(parameters.minBenefitNoteLength),
    },
  };
}

/** Every required readiness item is ready (with evidence when asked) or marked not needed. */
export function readinessComplete(
  parameters: RuleParameters<'readiness_complete'>,
  subject: RuleSubject,
  labels: RuleLabels,
): Verdict {
  const missing = parameters.requiredItems.filter((item) => {
    const entry = subject.readiness.find((candidate) => candidate.item === item);
    if (entry?.status === 'not_applicable') {
      return false;
    }
    return entry?.status !== 'ready' || (parameters.requireEvidence && entry.files.length === 0);
  });
  return {
    status: missing.length === 0 ? 'pass' : 'fail',
    values: {
      missing: joinBilingual(missing.map((item) => labelOf(labels.readinessItems, item))),
      missingCount: same(missing.length),
    },
  };
}

const normalise = (value: string) => value.toLocaleLowerCase('th').replace(/\s+/g, '');

/** The category is not on the year's negative list and the title names none of its keywords. */
export function negativeList(
  parameters: RuleParameters<'negative_list'>,
  subject: RuleSubject,
  labels: RuleLabels,
): Verdict {
  const matches: Bilingual[] = [];
  if (parameters.categories.includes(subject.category)) {
    matches.push(labelOf(labels.categories, subject.category));
  }
  const title = normalise(subject.title);
  for (const keyword of parameters.titleKeywords) {
    if (title.includes(normalise(keyword))) {
      matches.push(same(`"${keyword}"`));
    }
  }
  return { status: matches.length === 0 ? 'pass' : 'fail', values: { matches: joinBilingual(matches) } };
}

const sumOf = (amounts: readonly { amountSatang: string }[]) =>
  amounts.reduce((sum, entry) => sum + BigInt(entry.amountSatang), 0n);

const fundedYears = (subject: RuleSubject) =>
  [
    ...new Set(subject.schedule.filter((entry) => BigInt(entry.amountSatang) > 0n).map((e) => e.fiscalYear)),
  ].sort();

/** A commitment over more than one fiscal year (ผูกพันข้ามปี) is approved for its full amount. */
export function multiYearApproval(subject: RuleSubject): Verdict {
  const years = fundedYears(subject);
  if (years.length < 2) {
    return {
      status: 'not_applicable',
      note: { th: 'ไม่ใช่รายการผูกพันข้ามปี', en: 'Not a multi-year commitment' },
    };
  }
  const total = BigInt(subject.totalSatang);
  const approved = subject.multiYearApprovedSatang === null ? null : BigInt(subject.multiYearApprovedSatang);
  return {
    status: approved !== null && approved >= total ? 'pass' : 'fail',
    values: {
      total: baht(total),
      approved: approved === null ? { th: 'ยังไม่ได้รับอนุมัติ', en: 'not approved' } : baht(approved),
      years: same(years.join(', ')),
    },
  };
}

/** The yearly schedule adds up to the project's total to the satang. */
export function scheduleSumsToTotal(subject: RuleSubject): Verdict {
  if (subject.schedule.length === 0) {
    return {
      status: 'not_applicable',
      note: {
        th: 'ไม่มีแผนการใช้จ่ายรายปี วงเงินทั้งหมดอยู่ในปีงบประมาณของโครงการ',
        en: 'No yearly schedule: the whole amount falls in the project’s fiscal year',
      },
    };
  }
  const total = BigInt(subject.totalSatang);
  const scheduled = sumOf(subject.schedule);
  const difference = scheduled - total;
  return {
    status: difference === 0n ? 'pass' : 'fail',
    values: { total: baht(total), scheduled: baht(scheduled), difference: baht(difference) },
  };
}

/** The project's fiscal year and every scheduled year fall inside its plan's period. */
export function budgetYearsInPlanPeriod(subject: RuleSubject): Verdict {
  const period = subject.planPeriod;
  if (period === null) {
    return {
      status: 'not_applicable',
      note: {
        th: 'ยังไม่ได้เชื่อมโยงแผนพัฒนา จึงตรวจช่วงปีของแผนไม่ได้',
        en: 'Not linked to a development plan, so its period cannot be checked',
      },
    };
  }
  const years = [
    ...new Set([subject.fiscalYear, ...subject.schedule.map((entry) => entry.fiscalYear)]),
  ].sort();
  const outside = years.filter((year) => year < period.start || year > period.end);
  return {
    status: outside.length === 0 ? 'pass' : 'fail',
    values: {
      years: same(years.join(', ')),
      outside: same(outside.length === 0 ? '-' : outside.join(', ')),
      periodStart: same(period.start),
      periodEnd: same(period.end),
    },
  };
}
