import type { Actor } from '../../../domain/auth/policy.js';
import type { Area, Cluster } from '../../../domain/areas/area.js';
import type { DrillUnit } from '../../../domain/dashboards/figures.js';
import type { DrillUnitView, OverviewQuery } from '../../../domain/dashboards/overview.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { notFound } from '../../platform/http/errors.js';
import { getArea, listAreas, listClusters } from '../areas/public.js';

const NATION: DrillUnitView = { level: 'national', code: null, nameTh: 'ทั้งประเทศ', nameEn: 'Whole country' };

/** A unit of the drill-down with its breadcrumb, its rule for source rows and the units below it. */
export type ResolvedUnit = {
  view: DrillUnitView;
  path: DrillUnitView[];
  unit: DrillUnit;
  children: { view: DrillUnitView; unit: DrillUnit }[];
  /** The provinces the map colours: every one for the nation, the members for a cluster. */
  provinces: { view: DrillUnitView; unit: DrillUnit }[];
  clusters: Cluster[];
};

const clusterView = (cluster: Cluster): DrillUnitView => ({
  level: 'cluster',
  code: String(cluster.id),
  nameTh: cluster.nameTh,
  nameEn: cluster.nameEn,
});

const clusterUnit = (cluster: Cluster): DrillUnit => ({
  level: 'cluster',
  clusterId: cluster.id,
  members: cluster.members.map((member) => member.provinceCode),
});

const missing = () => notFound({ th: 'ไม่พบพื้นที่หรือกลุ่มจังหวัดนี้', en: 'No such area or cluster' });

/** Names, breadcrumb and children of the unit asked for, from the areas service. */
export async function resolveUnit(
  deps: DatabaseDeps,
  actor: Actor,
  query: OverviewQuery,
): Promise<ResolvedUnit> {
  const clusters = (await listClusters(deps, actor, {})).items;
  const clusterOf = (provinceCode: string) =>
    clusters.find((cluster) => cluster.members.some((member) => member.provinceCode === provinceCode));
  const areasBelow = async (level: 'province' | 'district', parent?: string) =>
    (await listAreas(deps, actor, { level, parent, limit: 500, offset: 0 })).items;
  const areaView = (area: { level: string; code: string; nameTh: string; nameEn: string | null }) => ({
    level: area.level === 'province' ? ('province' as const) : ('district' as const),
    code: area.code,
    nameTh: area.nameTh,
    nameEn: area.nameEn,
  });
  const provinceEntry = (area: Area) => ({
    view: areaView(area),
    unit: { level: 'province' as const, provinceCode: area.code },
  });
  const code = query.code ?? '';
  switch (query.level) {
    case 'national':
      return {
        view: NATION,
        path: [],
        unit: { level: 'national' },
        children: clusters.map((cluster) => ({ view: clusterView(cluster), unit: clusterUnit(cluster) })),
        provinces: (await areasBelow('province')).map(provinceEntry),
        clusters,
      };
    case 'cluster': {
      const cluster = clusters.find((entry) => String(entry.id) === code);
      if (!cluster) {
        throw missing();
      }
      const members = new Set(cluster.members.map((member) => member.provinceCode));
      const provinces = (await areasBelow('province'))
        .filter((area) => members.has(area.code))
        .map(provinceEntry);
      return {
        view: clusterView(cluster),
        path: [NATION],
        unit: clusterUnit(cluster),
        children: provinces,
        provinces,
        clusters,
      };
    }
    case 'province':
    case 'district': {
      const detail = await getArea(deps, actor, code);
      if (detail.area.level !== query.level) {
        throw missing();
      }
      const cluster = clusterOf(detail.area.provinceCode);
      const ancestors = detail.ancestors.filter((area) => area.level === 'province').map(areaView);
      const path = [NATION, ...(cluster ? [clusterView(cluster)] : []), ...ancestors];
      const children =
        query.level === 'province'
          ? (await areasBelow('district', code)).map((area) => ({
              view: areaView(area),
              unit: { level: 'district' as const, districtCode: area.code },
            }))
          : [];
      return {
        view: areaView(detail.area),
        path,
        unit:
          query.level === 'province'
            ? { level: 'province', provinceCode: code }
            : { level: 'district', districtCode: code },
        children,
        provinces: [],
        clusters,
      };
    }
  }
}
