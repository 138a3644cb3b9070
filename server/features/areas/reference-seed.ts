import { readFileSync } from 'node:fs';
import { count, eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import { AREA_REFERENCE_CHECKS } from '../../../domain/areas/area.js';
import type { Database, Queryable, Tx } from '../../platform/db/client.js';
import { areaSearchDocument } from './service.js';
import { areas, clusterMemberships, clusters, regions } from './tables.js';

const dataFile = (name: string) => new URL(`./reference-data/${name}`, import.meta.url);

/** The regions (ภาค) as clusters.csv names them. */
const REGIONS = [
  { id: 'north', nameTh: 'เหนือ', nameEn: 'North' },
  { id: 'northeast', nameTh: 'ตะวันออกเฉียงเหนือ', nameEn: 'Northeast' },
  { id: 'central', nameTh: 'กลาง', nameEn: 'Central' },
  { id: 'east', nameTh: 'ตะวันออก', nameEn: 'East' },
  { id: 'south', nameTh: 'ใต้', nameEn: 'South' },
  { id: 'southern_border', nameTh: 'ใต้ชายแดน', nameEn: 'Southern border' },
];

/** Operations centres confirmed by news sources; the others wait for the official notice (domain.md §3.1). */
const VERIFIED_OPERATIONS_CENTRES = new Set(['57', '83', '95']);

/** The date of the ก.น.บ. notice whose grouping clusters.csv follows. */
const MEMBERSHIP_VALID_FROM = '2017-11-17';

const CLUSTER_NAME_WORDS: [string, string][] = [
  ['ภาคตะวันออกเฉียงเหนือ', 'Northeast'],
  ['ภาคตะวันออก', 'East'],
  ['ภาคเหนือ', 'North'],
  ['ภาคกลาง', 'Central'],
  ['ภาคใต้ฝั่งอ่าวไทย', 'South (Gulf of Thailand)'],
  ['ภาคใต้ฝั่งอันดามัน', 'South (Andaman)'],
  ['ภาคใต้ชายแดน', 'Southern border'],
  ['ตอนบน', ' Upper'],
  ['ตอนล่าง', ' Lower'],
  ['ตอนกลาง', ' Central'],
];

function clusterNameEn(nameTh: string): string {
  let name = nameTh;
  for (const [thai, english] of CLUSTER_NAME_WORDS) {
    name = name.replace(thai, english);
  }
  return name.replace(/\s+/g, ' ').trim();
}

function readCsvRecords(name: string): Record<string, string>[] {
  return parse(readFileSync(dataFile(name), 'utf8'), { bom: true, columns: true, skip_empty_lines: true });
}

async function insertAreas(tx: Tx): Promise<void> {
  const records = readCsvRecords('areas.csv');
  const values = records.map((record) => {
    const code = record.code ?? '';
    const level = record.level as 'province' | 'district' | 'subdistrict';
    return {
      code,
      level,
      parentCode: record.parent_code || null,
      provinceCode: code.slice(0, 2),
      nameTh: record.name_th ?? '',
      nameEn: record.name_en || null,
      postcode: record.postcode || null,
      lat: record.lat ? Number(record.lat) : null,
      lon: record.lon ? Number(record.lon) : null,
      isSpecialArea: code === '10',
      searchTokens: areaSearchDocument(record.name_th ?? '', record.name_en),
    };
  });
  const order = { province: 0, district: 1, subdistrict: 2 };
  values.sort((a, b) => order[a.level] - order[b.level]);
  for (let start = 0; start < values.length; start += 1000) {
    await tx.insert(areas).values(values.slice(start, start + 1000));
  }
}

/** Codes DOPA retired when their subdistrict moved to a newer district, with the code that replaced them. */
async function retireCodes(tx: Tx): Promise<void> {
  for (const record of readCsvRecords('retired-codes.csv')) {
    await tx
      .update(areas)
      .set({
        validTo: record.valid_to ?? null,
        successorCode: record.successor_code ?? null,
        ...referenceCheckOf(record),
      })
      .where(eq(areas.code, record.code ?? ''));
  }
}

/** The reference_check and reference_note columns of a data row ('' = nothing to check). */
function referenceCheckOf(record: Record<string, string>) {
  const check = AREA_REFERENCE_CHECKS.find((known) => known === record.reference_check);
  return check ? { referenceCheck: check, referenceNote: record.reference_note || null } : {};
}

/** Open codes that may be retired duplicates: flagged for an administrator, not closed on a guess. */
async function flagPossiblyRetired(tx: Tx): Promise<void> {
  for (const record of readCsvRecords('possibly-retired.csv')) {
    await tx
      .update(areas)
      .set(referenceCheckOf({ ...record, reference_check: 'possibly_retired' }))
      .where(eq(areas.code, record.code ?? ''));
  }
}

async function insertClusters(tx: Tx): Promise<void> {
  await tx.insert(regions).values(REGIONS.map((region, index) => ({ ...region, sortOrder: index + 1 })));
  const records = readCsvRecords('clusters.csv');
  for (const [index, record] of records.entries()) {
    const region = REGIONS.find((candidate) => candidate.nameTh === record.region_th);
    if (!region) {
      throw new Error(`clusters.csv: unknown region ${record.region_th}`);
    }
    const nameTh = record.cluster_name_th ?? '';
    const centre = record.operations_centre_code ?? '';
    const [cluster] = await tx
      .insert(clusters)
      .values({
        regionId: region.id,
        nameTh,
        nameEn: clusterNameEn(nameTh),
        operationsCentreCode: centre,
        operationsCentreVerified: VERIFIED_OPERATIONS_CENTRES.has(centre),
        sortOrder: index + 1,
      })
      .returning({ id: clusters.id });
    const members = (record.member_province_codes ?? '').split(/\s+/).filter(Boolean);
    await tx.insert(clusterMemberships).values(
      members.map((provinceCode) => ({
        clusterId: cluster?.id ?? 0,
        provinceCode,
        validFrom: MEMBERSHIP_VALID_FROM,
      })),
    );
  }
}

/** Loads areas, regions and clusters once, into an empty database. */
export async function seedReferenceAreas(database: Database): Promise<boolean> {
  const [existing] = await database.db.select({ value: count() }).from(areas);
  if ((existing?.value ?? 0) > 0) {
    return false;
  }
  await database.db.transaction(async (tx) => {
    await insertAreas(tx);
    await retireCodes(tx);
    await flagPossiblyRetired(tx);
    await insertClusters(tx);
  });
  return true;
}

/** Provinces and clusters as other features' reference seeds need them (agencies' offices). */
export async function provincesAndClusters(db: Queryable) {
  const provinces = await db.select().from(areas).where(eq(areas.level, 'province'));
  const clusterRows = await db.select().from(clusters);
  return { provinces, clusters: clusterRows };
}
