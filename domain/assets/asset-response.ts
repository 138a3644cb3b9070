import { z } from 'zod';
import { PROJECT_STATUSES } from '../projects/project.js';
import { ASSET_CONDITIONS, ASSET_STATUSES, ASSET_TYPES } from './asset.js';
import { ASSET_TRANSITIONS } from './transitions.js';

const satang = z.string();

export const assetSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  projectId: z.uuid(),
  provinceCode: z.string(),
  clusterId: z.number().int().nullable(),
  fiscalYear: z.number().int(),
  type: z.enum(ASSET_TYPES),
  description: z.string(),
  quantity: z.number().int(),
  unit: z.string().nullable(),
  valueSatang: satang,
  handoverDate: z.string(),
  locationAreaCode: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  custodianAgencyId: z.string().nullable(),
  custodianName: z.string().nullable(),
  condition: z.enum(ASSET_CONDITIONS),
  gfmisAssetNo: z.string().nullable(),
  status: z.enum(ASSET_STATUSES),
  /** The latest yearly check, or null before the first. */
  lastCheckedOn: z.string().nullable(),
  availableTransitions: z.array(z.enum(ASSET_TRANSITIONS)),
  isDemo: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Asset = z.infer<typeof assetSchema>;

export const assetEventSchema = z.object({
  action: z.enum(['register', ...ASSET_TRANSITIONS]),
  fromStatus: z.enum(ASSET_STATUSES).nullable(),
  toStatus: z.enum(ASSET_STATUSES),
  eventDate: z.string(),
  documentRef: z.string().nullable(),
  reason: z.string().nullable(),
  recordedAt: z.string(),
});

/** A yearly check (ตรวจสอบพัสดุประจำปี) as recorded. */
export const assetCheckSchema = z.object({
  id: z.uuid(),
  checkedOn: z.string(),
  condition: z.enum(ASSET_CONDITIONS),
  inUse: z.boolean(),
  note: z.string().nullable(),
  /** A photo was taken (GET …/checks/{checkId}/photo, and …/photo/thumbnail for its preview). */
  hasPhoto: z.boolean(),
  /** The photo has its WebP preview (photos kept before previews were made get one from a job). */
  hasPreview: z.boolean(),
  recordedAt: z.string(),
  /** For If-Match on a correction or withdrawal. */
  version: z.number().int(),
});
export type AssetCheck = z.infer<typeof assetCheckSchema>;

export const assetDetailSchema = assetSchema.extend({
  events: z.array(assetEventSchema),
  checks: z.array(assetCheckSchema),
});
export type AssetDetail = z.infer<typeof assetDetailSchema>;

/**
 * GET /assets: a keyset page (by code) with the count and value of the whole filtered register.
 * A search, year or project filter counts at most a bound of rows: past it `totalExact` is false,
 * `total` is the bound ("more than") and the value is not known (null).
 */
export const assetListSchema = z.object({
  items: z.array(assetSchema),
  total: z.number().int(),
  totalExact: z.boolean(),
  totalValueSatang: satang.nullable(),
  nextCursor: z.string().nullable(),
});
export type AssetList = z.infer<typeof assetListSchema>;

/** An asset a delivered project leaves behind, filled in from the project record. */
export const assetProposalSchema = z.object({
  type: z.enum(ASSET_TYPES),
  description: z.string(),
  quantity: z.number().int(),
  unit: z.string().nullable(),
  valueSatang: satang,
  locationAreaCode: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  custodianAgencyId: z.string().nullable(),
  custodianName: z.string().nullable(),
});
export type AssetProposal = z.infer<typeof assetProposalSchema>;

/** GET /assets/projects/{id}/proposals: what a delivered project leaves behind, filled in from it. */
export const assetProposalsSchema = z.object({
  projectId: z.uuid(),
  projectCode: z.string(),
  projectStatus: z.enum(PROJECT_STATUSES),
  /** Completed or closed: its assets may be registered. */
  deliverable: z.boolean(),
  registered: z.array(assetSchema),
  proposals: z.array(assetProposalSchema),
});
export type AssetProposals = z.infer<typeof assetProposalsSchema>;

/** GET /assets/summary: count and value per province (cluster assets apart) × type × status. */
export const assetSummarySchema = z.object({
  rows: z.array(
    z.object({
      provinceCode: z.string(),
      clusterId: z.number().int().nullable(),
      type: z.enum(ASSET_TYPES),
      status: z.enum(ASSET_STATUSES),
      assets: z.number().int(),
      valueSatang: satang,
    }),
  ),
});
export type AssetSummary = z.infer<typeof assetSummarySchema>;

/** At most this many points go to the map at once; a wider view asks the user to narrow it. */
export const ASSET_MAP_MAX_POINTS = 2000;

/** GET /assets/map: the placed assets matching the register's filters, by code, with whole-list counts. */
export const assetMapSchema = z.object({
  /** Assets matching the filters, placed or not. */
  total: z.number().int(),
  /** Of those, assets without a position (shown in the list, not on the map). */
  unplaced: z.number().int(),
  points: z.array(
    assetSchema
      .pick({ id: true, code: true, description: true, type: true, status: true })
      .extend({ latitude: z.number(), longitude: z.number() }),
  ),
});
export type AssetMap = z.infer<typeof assetMapSchema>;
