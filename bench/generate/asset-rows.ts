// Deterministic synthetic assets handed over by delivered projects, with the register's events:
// the columns registerAssets and the transitions write, spread along the transfer line.
import {
  ASSET_CONDITIONS,
  ASSET_TYPE_OF_CATEGORY,
  assetCodeOf,
  type AssetStatus,
} from '../../domain/assets/asset.js';
import { ASSET_TRANSITION_RULES, type AssetTransition } from '../../domain/assets/transitions.js';
import { searchTextOf } from '../../server/features/assets/presenter.js';
import type { Cell } from './copy-text.js';
import { randomSource, weighted } from './need-rows.js';

/** A completed or closed project whose budget line leaves an asset behind, as read from the database. */
export type DeliveredProject = {
  id: string;
  province_code: string;
  cluster_id: number | null;
  fiscal_year: number;
  code: string;
  category: string;
  description: string;
  total_satang: string;
  agency_id: string | null;
  area_code: string;
  area_name: string;
  lat: number | null;
  lon: number | null;
};

/** Where generated assets stand, in hundredths: half still registered, a quarter transferred. */
const STATUS_WEIGHTS: [AssetStatus, number][] = [
  ['registered', 50],
  ['transfer_proposed', 10],
  ['receiver_accepted', 5],
  ['transfer_approved', 5],
  ['transferred', 25],
  ['written_off', 5],
];
/** The moves that bring a registered asset to each status. */
const MOVES_TO: Record<AssetStatus, AssetTransition[]> = {
  registered: [],
  transfer_proposed: ['propose_transfer'],
  receiver_accepted: ['propose_transfer', 'record_acceptance'],
  transfer_approved: ['propose_transfer', 'record_acceptance', 'approve_transfer'],
  transferred: ['propose_transfer', 'record_acceptance', 'approve_transfer', 'complete_transfer'],
  written_off: ['write_off'],
};

export const ASSET_COLUMNS = [
  'id',
  'project_id',
  'province_code',
  'cluster_id',
  'fiscal_year',
  'asset_no',
  'code',
  'type',
  'description',
  'quantity',
  'unit',
  'value_satang',
  'handover_date',
  'location_area_code',
  'latitude',
  'longitude',
  'custodian_agency_id',
  'custodian_name',
  'condition',
  'gfmis_asset_no',
  'status',
  'last_checked_on',
  'search_text',
  'is_demo',
  'version',
  'created_at',
  'updated_at',
] as const;

export const ASSET_EVENT_COLUMNS = [
  'asset_id',
  'province_code',
  'cluster_id',
  'action',
  'from_status',
  'to_status',
  'event_date',
  'document_ref',
  'reason',
  'recorded_at',
] as const;

export type GeneratedAsset = { asset: Cell[]; events: Cell[][] };

/** `count` assets dealt round the projects in turn (a project's second asset after every first one). */
export function generateAssets(
  projects: readonly DeliveredProject[],
  count: number,
  seed: number,
): GeneratedAsset[] {
  const random = randomSource(seed * 1000 + 12);
  const rows: GeneratedAsset[] = [];
  for (let index = 0; index < count && projects.length > 0; index += 1) {
    const project = projects[index % projects.length] as DeliveredProject;
    const assetNo = Math.floor(index / projects.length) + 1;
    const code = assetCodeOf(project.code, assetNo);
    const type = ASSET_TYPE_OF_CATEGORY[project.category] ?? 'equipment';
    const each = BigInt(project.total_satang) / BigInt(assetNo + 1);
    const handoverDate = `${project.fiscal_year - 543}-09-${String(random.int(1, 28)).padStart(2, '0')}`;
    const handedOver = new Date(`${handoverDate}T03:00:00Z`);
    const status = weighted(STATUS_WEIGHTS, random.next());
    const description = assetNo === 1 ? project.description : `${project.description} (ชุดที่ ${assetNo})`;
    const custodianName = `องค์การบริหารส่วนตำบล${project.area_name}`;
    const gfmisAssetNo = random.next() < 0.6 ? String(random.int(1_000_000_000, 1_999_999_999)) : null;
    const id = random.uuid();
    const checked = random.next() < 0.5 ? `${project.fiscal_year - 542}-06-15` : null;
    const asset: Cell[] = [
      id,
      project.id,
      project.province_code,
      project.cluster_id,
      project.fiscal_year,
      assetNo,
      code,
      type,
      description,
      type === 'equipment' ? random.int(1, 20) : 1,
      type === 'equipment' ? 'ชุด' : 'แห่ง',
      each,
      handoverDate,
      project.area_code,
      project.lat === null ? null : project.lat + (random.next() - 0.5) / 50,
      project.lon === null ? null : project.lon + (random.next() - 0.5) / 50,
      project.agency_id,
      custodianName,
      random.pick(ASSET_CONDITIONS),
      gfmisAssetNo,
      status,
      checked,
      searchTextOf({ code, description, gfmisAssetNo, custodianName }),
      true,
      1 + MOVES_TO[status].length,
      handedOver,
      handedOver,
    ];
    const own = [id, project.province_code, project.cluster_id];
    const events: Cell[][] = [[...own, 'register', null, 'registered', handoverDate, null, null, handedOver]];
    let from: AssetStatus = 'registered';
    for (const move of MOVES_TO[status]) {
      const rule = ASSET_TRANSITION_RULES[move];
      const document = rule.documentRequired ? `มท 0000/${random.int(1, 9999)}` : null;
      const reason = move === 'write_off' ? 'ชำรุดเสียหายใช้การไม่ได้ (ข้อมูลสังเคราะห์)' : null;
      const at = new Date(handedOver.getTime() + events.length * 30 * 86_400_000);
      events.push([...own, move, from, rule.to, at.toISOString().slice(0, 10), document, reason, at]);
      from = rule.to;
    }
    rows.push({ asset, events });
  }
  return rows;
}
