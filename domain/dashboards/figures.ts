/**
 * The figures a dashboard unit (the nation, a cluster, a province, a district) sums from other
 * features' roll-ups. A source row belongs to one owner: a province's own work (`clusterId` null) or
 * a cluster's (its id), so a cluster counts its own rows plus its member provinces' own rows and the
 * nation counts every row once.
 */
export type Figures = {
  needs: number;
  needsToScreen: number;
  needsLinked: number;
  /** Merged into another need or rejected: out of the coverage base. */
  needsClosed: number;
  projects: number;
  projectSatang: bigint;
  actionPlanSatang: bigint;
  ceilingSatang: bigint;
  allocationSatang: bigint;
  disbursedSatang: bigint;
  kpiIndicators: number;
  kpiAchieved: number;
  assetsAwaitingTransfer: number;
};

export type FigureKey = keyof Figures;

/** One source's contribution for a province (and cluster owner, and area when finer than a province). */
export type FigureRow = {
  provinceCode: string;
  clusterId: number | null;
  /** The district a row is kept at, when the source keeps districts (needs). */
  districtCode?: string;
  figures: Partial<Figures>;
};

export const NO_FIGURES: Figures = {
  needs: 0,
  needsToScreen: 0,
  needsLinked: 0,
  needsClosed: 0,
  projects: 0,
  projectSatang: 0n,
  actionPlanSatang: 0n,
  ceilingSatang: 0n,
  allocationSatang: 0n,
  disbursedSatang: 0n,
  kpiIndicators: 0,
  kpiAchieved: 0,
  assetsAwaitingTransfer: 0,
};

/** Adds a partial set of figures into a total, field by field (money stays bigint). */
export function addFigures(total: Figures, part: Partial<Figures>): Figures {
  const next: Record<string, number | bigint> = { ...total };
  for (const [key, value] of Object.entries(part) as [FigureKey, number | bigint | undefined][]) {
    if (value === undefined) {
      continue;
    }
    const current = next[key] ?? 0;
    next[key] = typeof value === 'bigint' ? BigInt(current) + value : Number(current) + value;
  }
  return next as Figures;
}

/** Where a unit of the drill-down takes its rows from. */
export type DrillUnit =
  | { level: 'national' }
  | { level: 'cluster'; clusterId: number; members: readonly string[] }
  | { level: 'province'; provinceCode: string }
  | { level: 'district'; districtCode: string };

/** Whether a source row counts towards a unit (see the owner rule above). */
export function rowBelongsTo(row: FigureRow, unit: DrillUnit): boolean {
  switch (unit.level) {
    case 'national':
      return row.districtCode === undefined;
    case 'cluster':
      return (
        row.districtCode === undefined &&
        (row.clusterId === unit.clusterId ||
          (row.clusterId === null && unit.members.includes(row.provinceCode)))
      );
    case 'province':
      return (
        row.districtCode === undefined && row.clusterId === null && row.provinceCode === unit.provinceCode
      );
    case 'district':
      return row.districtCode === unit.districtCode;
  }
}

/** The unit's figures: every row it owns, summed once. */
export function figuresOf(rows: readonly FigureRow[], unit: DrillUnit): Figures {
  return rows
    .filter((row) => rowBelongsTo(row, unit))
    .reduce((total, row) => addFigures(total, row.figures), NO_FIGURES);
}
