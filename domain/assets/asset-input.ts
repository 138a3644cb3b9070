import { z } from 'zod';
import { areaCodeSchema } from '../areas/area-code.js';
import { bilingualMessage } from '../common/bilingual.js';
import { INT4_MAX } from '../common/integers.js';
import { cursorQuery } from '../common/keyset-cursor.js';
import { fiscalYearSchema, versionField } from '../plans/plan-input.js';
import { satangSchema } from '../projects/project-input.js';
import { isoDate, shortText } from '../spending/fields.js';
import { ASSET_CONDITIONS, ASSET_STATUSES, ASSET_TYPES } from './asset.js';
import { ASSET_TRANSITIONS } from './transitions.js';

/** Request and query schemas of the asset register. Money is whole satang as a decimal string. */
const latitude = z.number().min(5).max(21);
const longitude = z.number().min(97).max(106);

const placeAndKeeper = {
  locationAreaCode: areaCodeSchema,
  latitude: latitude.nullable().default(null),
  longitude: longitude.nullable().default(null),
  custodianAgencyId: z.uuid().nullable().default(null),
  custodianName: shortText(300).nullable().default(null),
  condition: z.enum(ASSET_CONDITIONS),
  gfmisAssetNo: shortText(40).nullable().default(null),
};

export const assetRegistrationSchema = z
  .object({
    type: z.enum(ASSET_TYPES),
    description: shortText(2000),
    quantity: z.number().int().min(1).max(INT4_MAX),
    unit: shortText(100).nullable().default(null),
    valueSatang: satangSchema,
    handoverDate: isoDate,
    ...placeAndKeeper,
  })
  .strict();

/** POST /assets/projects/{id}: the handed-over assets of a delivered project. */
export const registerAssetsInputSchema = z
  .object({ assets: z.array(assetRegistrationSchema).min(1).max(100) })
  .strict();
export type RegisterAssetsInput = z.infer<typeof registerAssetsInputSchema>;

/** PATCH /assets/{id}: what changes over an asset's life (the yearly check, a move, the GFMIS number). */
export const assetUpdateSchema = z
  .object({
    description: shortText(2000).optional(),
    locationAreaCode: areaCodeSchema.optional(),
    latitude: latitude.nullable().optional(),
    longitude: longitude.nullable().optional(),
    custodianAgencyId: z.uuid().nullable().optional(),
    custodianName: shortText(300).nullable().optional(),
    condition: z.enum(ASSET_CONDITIONS).optional(),
    gfmisAssetNo: shortText(40).nullable().optional(),
    ...versionField,
  })
  .strict();
export type AssetUpdate = z.infer<typeof assetUpdateSchema>;

export const assetTransitionInputSchema = z
  .object({
    action: z.enum(ASSET_TRANSITIONS),
    eventDate: isoDate,
    documentRef: shortText(200).nullable().default(null),
    reason: shortText(1000).nullable().default(null),
    ...versionField,
  })
  .strict();
export type AssetTransitionInput = z.infer<typeof assetTransitionInputSchema>;

export const assetFilterQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    provinceCode: z
      .string()
      .regex(/^\d{2}$/, bilingualMessage('รหัสจังหวัด 2 หลัก', 'A 2-digit province code'))
      .optional(),
    type: z.enum(ASSET_TYPES).optional(),
    status: z.enum(ASSET_STATUSES).optional(),
    fiscalYear: z.coerce.number().pipe(fiscalYearSchema).optional(),
    projectId: z.uuid().optional(),
  })
  .strict();
export type AssetFilter = z.infer<typeof assetFilterQuery>;

export const assetListQuery = assetFilterQuery
  .extend({
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: cursorQuery(z.object({ code: z.string() }).strict()).optional(),
  })
  .strict();
export type AssetListQuery = z.infer<typeof assetListQuery>;
