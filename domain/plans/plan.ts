/** Vocabulary of development plans (แผนพัฒนาจังหวัด / กลุ่มจังหวัด) shared by server and web. */
export const PLAN_SCOPES = ['province', 'cluster'] as const;
export type PlanScope = (typeof PLAN_SCOPES)[number];

/** The entities of a version's tree, parents first. */
export const PLAN_ENTITY_TYPES = ['issue', 'objective', 'kpi', 'approach', 'item'] as const;
export type PlanEntityType = (typeof PLAN_ENTITY_TYPES)[number];

/** What a diff entry, a change reason or a readiness problem can be about: the version or one entity. */
export const DIFF_ENTITY_TYPES = ['version', ...PLAN_ENTITY_TYPES] as const;
export type DiffEntityType = (typeof DIFF_ENTITY_TYPES)[number];

export const PLAN_VERSION_KINDS = ['original', 'review'] as const;
export type PlanVersionKind = (typeof PLAN_VERSION_KINDS)[number];

/** The approval chain in order; every status after draft locks the version. */
export const PLAN_STATUSES = [
  'draft',
  'submitted_to_committee',
  'committee_approved',
  'submitted_to_centre',
  'regional_approved',
  'knb_approved',
  'cabinet_noted',
  'published',
] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Status names without a scope; a plan's own screens name its committee with `planStatusLabel`. */
export const PLAN_STATUS_LABELS: Record<PlanStatus, { th: string; en: string }> = {
  draft: { th: 'ร่าง', en: 'Draft' },
  submitted_to_committee: { th: 'เสนอคณะกรรมการ', en: 'Submitted to the committee' },
  committee_approved: { th: 'คณะกรรมการอนุมัติ', en: 'Approved by the committee' },
  submitted_to_centre: { th: 'ส่งส่วนกลาง', en: 'Submitted to the centre' },
  regional_approved: { th: 'คณะอนุกรรมการประจำภาคเห็นชอบ', en: 'Approved by the regional sub-committee' },
  knb_approved: { th: 'ก.น.บ. เห็นชอบ', en: 'Approved by ก.น.บ.' },
  cabinet_noted: { th: 'ครม. รับทราบ', en: 'Noted by the cabinet' },
  published: { th: 'ประกาศใช้', en: 'Published' },
};

/** The committee that screens a plan of each scope (domain.md §1.1). */
export const PLAN_COMMITTEES: Record<PlanScope, { th: string; en: string }> = {
  province: { th: 'ก.บ.จ.', en: 'the provincial committee (ก.บ.จ.)' },
  cluster: { th: 'ก.บ.ก.', en: 'the cluster committee (ก.บ.ก.)' },
};

/** A status named for the plan's own scope: ก.บ.จ. for a province, ก.บ.ก. for a cluster, never both. */
export function planStatusLabel(status: PlanStatus, scope: PlanScope): { th: string; en: string } {
  const committee = PLAN_COMMITTEES[scope];
  if (status === 'submitted_to_committee') {
    return { th: `เสนอ ${committee.th}`, en: `Submitted to ${committee.en}` };
  }
  if (status === 'committee_approved') {
    return { th: `${committee.th} อนุมัติ`, en: `Approved by ${committee.en}` };
  }
  return PLAN_STATUS_LABELS[status];
}

/** Review versions are copied from the latest version at or beyond this status (see docs in the service). */
export const REVIEW_BASE_STATUSES: readonly PlanStatus[] = PLAN_STATUSES.slice(
  PLAN_STATUSES.indexOf('committee_approved'),
);

/** Only a draft may be edited; everything later is frozen until a new review. */
export function isLocked(status: PlanStatus): boolean {
  return status !== 'draft';
}

/** The 409 message for an edit of a locked version. */
export function lockedMessage(status: PlanStatus): { th: string; en: string } {
  const label = PLAN_STATUS_LABELS[status];
  return {
    th: `แผนฉบับนี้อยู่ในสถานะ "${label.th}" จึงแก้ไขไม่ได้ การเปลี่ยนแปลงต้องทำผ่านฉบับทบทวนใหม่ (หรือให้ผู้มีอำนาจส่งกลับแก้ไขก่อน)`,
    en: `This plan version is "${label.en}" and locked; changes must go through a new review (or be returned for revision first)`,
  };
}

export const FUNDING_SOURCES = [
  'province',
  'cluster',
  'agency',
  'local_government',
  'private',
  'other',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const FUNDING_SOURCE_LABELS: Record<FundingSource, { th: string; en: string }> = {
  province: { th: 'งบประมาณจังหวัด', en: 'Provincial budget' },
  cluster: { th: 'งบประมาณกลุ่มจังหวัด', en: 'Cluster budget' },
  agency: { th: 'งบประมาณส่วนราชการ (Function)', en: 'Agency budget' },
  local_government: { th: 'องค์กรปกครองส่วนท้องถิ่น', en: 'Local government' },
  private: { th: 'ภาคเอกชน', en: 'Private sector' },
  other: { th: 'แหล่งอื่น', en: 'Other' },
};

export const KPI_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

export const KPI_ROLLUPS = ['sum', 'mean', 'weighted', 'latest', 'ratio_of_sums'] as const;
export type KpiRollup = (typeof KPI_ROLLUPS)[number];

/** Years of a plan period, first to last (a 5-year plan has five). */
export function periodYears(start: number, end: number): number[] {
  const years: number[] = [];
  for (let year = start; year <= end; year += 1) {
    years.push(year);
  }
  return years;
}

/** Length of a development plan in fiscal years. */
export const PLAN_PERIOD_YEARS = 5;
