import { and, asc, count, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { AREA_LEVELS, levelOfCode, parentCodeOf, provinceCodeOf } from '../../../domain/areas/area-code.js';
import type {
  Area,
  AreaDetail,
  AreaListFilter,
  AreaSubtreeFilter,
  Cluster,
  ProvinceStats,
  Region,
} from '../../../domain/areas/area.js';
import type { AreaCreateInput, AreaUpdateInput } from '../../../domain/areas/area-input.js';
import type { Items, Page } from '../../../domain/common/paging.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { toSearchDocument, toSearchQuery } from '../../../domain/thai/index.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { bangkokToday } from '../../platform/db/bangkok-date.js';
import { conflict, invalid, notFound, staleVersion } from '../../platform/http/errors.js';
import { presentArea } from './presenter.js';
import { areas, clusterMemberships, clusters, regions } from './tables.js';
import { assertSuccessor, isOpenArea } from './validity.js';

const AREA = { th: 'พื้นที่', en: 'Area' };

const levelRank = sql<number>`array_position(array['province','district','subdistrict','village'], ${areas.level}::text)`;

/** The search document stored for an area: its names in both languages, Thai segmented. */
export function areaSearchDocument(nameTh: string, nameEn: string | null | undefined): string {
  return toSearchDocument(`${nameTh} ${nameEn ?? ''}`);
}

/** SQL matching Thai or English names by prefix or substring, or by segmented words. */
function nameMatches(q: string): SQL {
  const escaped = q.replace(/[\\%_]/g, (char) => `\\${char}`);
  const substring = `%${escaped}%`;
  const tsQuery = toSearchQuery(q);
  const conditions = [
    sql`${areas.nameTh} like ${substring}`,
    sql`lower(${areas.nameEn}) like lower(${substring})`,
    ...(tsQuery ? [sql`${areas.searchTokens} @@ to_tsquery('simple', ${tsQuery})`] : []),
  ];
  return sql`(${sql.join(conditions, sql` or `)})`;
}

/** Areas by level, parent and name; prefix matches and higher levels first. */
export async function listAreas(
  deps: DatabaseDeps,
  actor: Actor,
  query: AreaListFilter,
): Promise<Page<Area>> {
  authorize(actor, 'area.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const where = and(
      query.level ? eq(areas.level, query.level) : undefined,
      query.parent ? eq(areas.parentCode, query.parent) : undefined,
      query.q ? nameMatches(query.q) : undefined,
      query.includeClosed ? undefined : isOpenArea(),
    );
    const prefix = query.q ? `${query.q.replace(/[\\%_]/g, '\\$&')}%` : null;
    const ordering = [
      ...(prefix
        ? [
            sql`case when ${areas.nameTh} like ${prefix} or lower(${areas.nameEn}) like lower(${prefix}) then 0 else 1 end`,
          ]
        : []),
      levelRank,
      asc(areas.code),
    ];
    const rows = await tx
      .select()
      .from(areas)
      .where(where)
      .orderBy(...ordering)
      .limit(query.limit)
      .offset(query.offset);
    const [total] = await tx.select({ value: count() }).from(areas).where(where);
    return { items: rows.map(presentArea), total: total?.value ?? 0 };
  });
}

/** Every area under a code (the code itself included), by code prefix. */
export async function listSubtree(
  deps: DatabaseDeps,
  actor: Actor,
  code: string,
  query: AreaSubtreeFilter,
): Promise<Page<Area>> {
  authorize(actor, 'area.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const where = and(
      sql`${areas.code} like ${`${code}%`}`,
      query.level ? eq(areas.level, query.level) : undefined,
      isOpenArea(),
    );
    const rows = await tx
      .select()
      .from(areas)
      .where(where)
      .orderBy(levelRank, asc(areas.code))
      .limit(query.limit)
      .offset(query.offset);
    const [total] = await tx.select({ value: count() }).from(areas).where(where);
    return { items: rows.map(presentArea), total: total?.value ?? 0 };
  });
}

/** One area with its ancestors and how many areas of each level lie below it. */
export async function getArea(deps: DatabaseDeps, actor: Actor, code: string): Promise<AreaDetail> {
  authorize(actor, 'area.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [area] = await tx.select().from(areas).where(eq(areas.code, code));
    if (!area) {
      throw notFound(AREA);
    }
    const ancestorCodes = [2, 4, 6]
      .filter((length) => length < code.length)
      .map((length) => code.slice(0, length));
    const ancestors =
      ancestorCodes.length > 0
        ? await tx.select().from(areas).where(inArray(areas.code, ancestorCodes)).orderBy(asc(areas.code))
        : [];
    const counts = await tx
      .select({ level: areas.level, value: count() })
      .from(areas)
      .where(and(sql`${areas.code} like ${`${code}%`}`, sql`${areas.code} <> ${code}`, isOpenArea()))
      .groupBy(areas.level);
    const childCounts = Object.fromEntries(counts.map((row) => [row.level, row.value]));
    return { area: presentArea(area), ancestors: ancestors.map(presentArea), childCounts };
  });
}

/** Districts, subdistricts and villages per province, with the province's current cluster. */
export async function provinceStats(deps: DatabaseDeps, actor: Actor): Promise<Items<ProvinceStats>> {
  authorize(actor, 'area.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const rows = await selectRows<{
      province_code: string;
      name_th: string;
      name_en: string | null;
      districts: number;
      subdistricts: number;
      villages: number;
      cluster_id: number | null;
      cluster_name_th: string | null;
      cluster_name_en: string | null;
    }>(
      tx,
      sql`
      select p.code as province_code, p.name_th, p.name_en,
        count(a.code) filter (where a.level = 'district')::int as districts,
        count(a.code) filter (where a.level = 'subdistrict')::int as subdistricts,
        count(a.code) filter (where a.level = 'village')::int as villages,
        c.id as cluster_id, c.name_th as cluster_name_th, c.name_en as cluster_name_en
      from areas p
      left join areas a on a.province_code = p.code and a.code <> p.code and (a.valid_to is null or a.valid_to >= ${bangkokToday()})
      left join cluster_memberships m on m.province_code = p.code and m.valid_to is null
      left join clusters c on c.id = m.cluster_id
      where p.level = 'province'
      group by p.code, p.name_th, p.name_en, c.id, c.name_th, c.name_en
      order by p.code`,
    );
    return {
      items: rows.map((row) => ({
        provinceCode: row.province_code,
        nameTh: row.name_th,
        nameEn: row.name_en,
        districts: Number(row.districts),
        subdistricts: Number(row.subdistricts),
        villages: Number(row.villages),
        clusterId: row.cluster_id,
        clusterNameTh: row.cluster_name_th,
        clusterNameEn: row.cluster_name_en,
      })),
    };
  });
}

export async function listRegions(deps: DatabaseDeps, actor: Actor): Promise<Items<Region>> {
  authorize(actor, 'area.read');
  const rows = await deps.database.db.select().from(regions).orderBy(asc(regions.sortOrder));
  return { items: rows.map((row) => ({ id: row.id, nameTh: row.nameTh, nameEn: row.nameEn })) };
}

/** Clusters with their member provinces (current and past memberships, with dates). */
export async function listClusters(
  deps: DatabaseDeps,
  actor: Actor,
  query: { includePast?: boolean },
): Promise<Items<Cluster>> {
  authorize(actor, 'area.read');
  const db = deps.database.db;
  const clusterRows = await db.select().from(clusters).orderBy(asc(clusters.sortOrder));
  const memberRows = await db
    .select({
      clusterId: clusterMemberships.clusterId,
      provinceCode: clusterMemberships.provinceCode,
      nameTh: areas.nameTh,
      validFrom: clusterMemberships.validFrom,
      validTo: clusterMemberships.validTo,
    })
    .from(clusterMemberships)
    .innerJoin(areas, eq(areas.code, clusterMemberships.provinceCode))
    .where(query.includePast ? undefined : isNull(clusterMemberships.validTo))
    .orderBy(asc(clusterMemberships.id));
  return {
    items: clusterRows.map((cluster) => ({
      id: cluster.id,
      nameTh: cluster.nameTh,
      nameEn: cluster.nameEn,
      regionId: cluster.regionId,
      operationsCentreCode: cluster.operationsCentreCode,
      operationsCentreVerified: cluster.operationsCentreVerified,
      version: cluster.version,
      members: memberRows
        .filter((member) => member.clusterId === cluster.id)
        .map(({ clusterId: _clusterId, ...member }) => member),
    })),
  };
}

/** Scope references that name no existing area, cluster or region. */
export async function findMissingScopeRefs(db: Queryable, refs: readonly string[]): Promise<string[]> {
  const codes = refs.filter((ref) => /^\d+$/.test(ref));
  const clusterIds = refs.filter((ref) => ref.startsWith('cluster:')).map((ref) => Number(ref.slice(8)));
  const regionIds = refs.filter((ref) => ref.startsWith('region:')).map((ref) => ref.slice(7));
  const foundCodes = codes.length
    ? await db.select({ code: areas.code }).from(areas).where(inArray(areas.code, codes))
    : [];
  const foundClusters = clusterIds.length
    ? await db.select({ id: clusters.id }).from(clusters).where(inArray(clusters.id, clusterIds))
    : [];
  const foundRegions = regionIds.length
    ? await db.select({ id: regions.id }).from(regions).where(inArray(regions.id, regionIds))
    : [];
  const known = new Set<string>([
    'national',
    ...foundCodes.map((row) => row.code),
    ...foundClusters.map((row) => `cluster:${row.id}`),
    ...foundRegions.map((row) => `region:${row.id}`),
  ]);
  return [...new Set(refs)].filter((ref) => !known.has(ref));
}

/** Adds an area below an existing, open parent. */
export async function createArea(deps: DatabaseDeps, actor: Actor, input: AreaCreateInput): Promise<Area> {
  authorize(actor, 'area.manage', input.code);
  const level = levelOfCode(input.code);
  if (!level) {
    throw invalid([{ path: 'code', message: { th: 'รหัสพื้นที่ไม่ถูกต้อง', en: 'Malformed area code' } }]);
  }
  return inActorTransaction(deps.database, actor, async (tx) => {
    const parentCode = parentCodeOf(input.code);
    if (parentCode) {
      const [parent] = await tx
        .select({ code: areas.code })
        .from(areas)
        .where(and(eq(areas.code, parentCode), isOpenArea()));
      if (!parent) {
        throw invalid([
          {
            path: 'code',
            message: { th: `ไม่พบพื้นที่แม่รหัส ${parentCode}`, en: `No open parent area ${parentCode}` },
          },
        ]);
      }
    }
    const [existing] = await tx.select({ code: areas.code }).from(areas).where(eq(areas.code, input.code));
    if (existing) {
      throw conflict({ th: `มีพื้นที่รหัส ${input.code} แล้ว`, en: `Area ${input.code} already exists` });
    }
    const [created] = await tx
      .insert(areas)
      .values({
        code: input.code,
        level,
        parentCode,
        provinceCode: provinceCodeOf(input.code),
        nameTh: input.nameTh,
        nameEn: input.nameEn ?? null,
        postcode: input.postcode ?? null,
        lat: input.lat ?? null,
        lon: input.lon ?? null,
        validFrom: input.validFrom ?? null,
        searchTokens: areaSearchDocument(input.nameTh, input.nameEn),
      })
      .returning();
    if (!created) {
      throw new Error('insert returned no row');
    }
    await recordAudit(tx, actor, {
      entityType: 'area',
      entityId: created.code,
      action: 'create',
      after: presentArea(created),
      provinceCode: created.provinceCode,
    });
    return presentArea(created);
  });
}

/** Renames, moves or closes an area (a close is a validTo date; areas are never deleted). */
export async function updateArea(
  deps: DatabaseDeps,
  actor: Actor,
  code: string,
  expected: number,
  input: AreaUpdateInput,
): Promise<Area> {
  authorize(actor, 'area.manage', code);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [current] = await tx.select().from(areas).where(eq(areas.code, code)).for('update');
    if (!current) {
      throw notFound(AREA);
    }
    if (current.version !== expected) {
      throw staleVersion(current.version);
    }
    const nameTh = input.nameTh ?? current.nameTh;
    const nameEn = input.nameEn === undefined ? current.nameEn : input.nameEn;
    const validFrom = input.validFrom === undefined ? current.validFrom : input.validFrom;
    const validTo = input.validTo === undefined ? current.validTo : input.validTo;
    const successorCode = input.successorCode === undefined ? current.successorCode : input.successorCode;
    if (successorCode !== null && successorCode !== current.successorCode) {
      await assertSuccessor(tx, current, successorCode);
    }
    if (validFrom && validTo && validTo < validFrom) {
      throw invalid([
        { path: 'validTo', message: { th: 'วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น', en: 'validTo is before validFrom' } },
      ]);
    }
    const [updated] = await tx
      .update(areas)
      .set({
        nameTh,
        nameEn,
        postcode: input.postcode === undefined ? current.postcode : input.postcode,
        lat: input.lat === undefined ? current.lat : input.lat,
        lon: input.lon === undefined ? current.lon : input.lon,
        validFrom,
        validTo,
        successorCode,
        referenceCheck: input.referenceCheck === undefined ? current.referenceCheck : input.referenceCheck,
        referenceNote: input.referenceNote === undefined ? current.referenceNote : input.referenceNote,
        searchTokens: areaSearchDocument(nameTh, nameEn),
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(areas.code, code))
      .returning();
    if (!updated) {
      throw notFound(AREA);
    }
    await recordAudit(tx, actor, {
      entityType: 'area',
      entityId: code,
      action: validTo && !current.validTo ? 'close' : 'update',
      before: presentArea(current),
      after: presentArea(updated),
      reason: input.reason ?? null,
      provinceCode: updated.provinceCode,
    });
    return presentArea(updated);
  });
}

export { AREA_LEVELS };
