import { z } from 'zod';
import { areaCodeSchema } from '../areas/area-code.js';
import { bilingualMessage } from '../common/bilingual.js';
import { pagingQuery } from '../common/paging.js';
import { positiveInt4 } from '../common/integers.js';

export const AGENCY_KINDS = [
  'provincial_office',
  'cluster_office',
  'central_bureau',
  'district_office',
  'line_agency',
  'local_government',
  'private_body',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** อปท. types. */
export const LOCAL_GOVERNMENT_TYPES = [
  'provincial_administrative_organisation',
  'city_municipality',
  'town_municipality',
  'subdistrict_municipality',
  'subdistrict_administrative_organisation',
  'special',
] as const;
export type LocalGovernmentType = (typeof LOCAL_GOVERNMENT_TYPES)[number];

export const AGENCY_KIND_LABELS: Record<AgencyKind, { th: string; en: string }> = {
  provincial_office: { th: 'สำนักงานจังหวัด', en: 'Provincial office' },
  cluster_office: { th: 'สำนักงานกลุ่มจังหวัด', en: 'Provincial-cluster office' },
  central_bureau: { th: 'หน่วยงานส่วนกลาง', en: 'Central bureau' },
  district_office: { th: 'ที่ทำการปกครองอำเภอ', en: 'District office' },
  line_agency: { th: 'ส่วนราชการ/หน่วยงานในจังหวัด', en: 'Line agency' },
  local_government: { th: 'องค์กรปกครองส่วนท้องถิ่น', en: 'Local government organisation' },
  private_body: { th: 'ภาคเอกชน', en: 'Private body' },
};

export const LOCAL_GOVERNMENT_TYPE_LABELS: Record<LocalGovernmentType, { th: string; en: string }> = {
  provincial_administrative_organisation: {
    th: 'องค์การบริหารส่วนจังหวัด (อบจ.)',
    en: 'Provincial administrative organisation',
  },
  city_municipality: { th: 'เทศบาลนคร', en: 'City municipality' },
  town_municipality: { th: 'เทศบาลเมือง', en: 'Town municipality' },
  subdistrict_municipality: { th: 'เทศบาลตำบล', en: 'Subdistrict municipality' },
  subdistrict_administrative_organisation: {
    th: 'องค์การบริหารส่วนตำบล (อบต.)',
    en: 'Subdistrict administrative organisation',
  },
  special: { th: 'องค์กรปกครองส่วนท้องถิ่นรูปแบบพิเศษ', en: 'Special local government' },
};

const nameSchema = z.string().trim().min(1, bilingualMessage('กรุณาระบุชื่อ', 'Name is required')).max(300);

/** The agency fields without cross-field rules, for partial updates and form fields. */
export const agencyFieldsSchema = z
  .object({
    nameTh: nameSchema,
    nameEn: z.string().trim().max(300).nullish(),
    shortName: z.string().trim().max(50).nullish(),
    kind: z.enum(AGENCY_KINDS),
    localGovernmentType: z.enum(LOCAL_GOVERNMENT_TYPES).nullish(),
    dlaCode: z
      .string()
      .regex(/^\d{7}$/, bilingualMessage('รหัส อปท. ต้องเป็นตัวเลข 7 หลัก', 'DLA code must be 7 digits'))
      .nullish(),
    budgetUnitCode: z.string().trim().max(20).nullish(),
    areaCode: areaCodeSchema.nullish(),
    clusterId: positiveInt4().nullish(),
    parentAgencyId: z.uuid().nullish(),
    isActive: z.boolean().optional(),
  })
  .strict();

/** What a client sends to create an agency; the edit form derives from the same schema. */
export const agencyInputSchema = agencyFieldsSchema.superRefine((value, context) => {
  if (value.kind === 'local_government' && !value.localGovernmentType) {
    context.addIssue({
      code: 'custom',
      path: ['localGovernmentType'],
      ...bilingualMessage('องค์กรปกครองส่วนท้องถิ่นต้องระบุประเภท', 'A local government needs its type'),
    });
  }
  if (value.kind !== 'local_government' && value.localGovernmentType) {
    context.addIssue({
      code: 'custom',
      path: ['localGovernmentType'],
      ...bilingualMessage(
        'ระบุประเภท อปท. ได้เฉพาะองค์กรปกครองส่วนท้องถิ่น',
        'Only a local government has a local-government type',
      ),
    });
  }
  const needsArea = value.kind !== 'central_bureau' && value.kind !== 'cluster_office';
  if (needsArea && !value.areaCode) {
    context.addIssue({
      code: 'custom',
      path: ['areaCode'],
      ...bilingualMessage('หน่วยงานนี้ต้องระบุพื้นที่', 'This kind of agency needs an area'),
    });
  }
  if (value.kind === 'cluster_office' && !value.clusterId) {
    context.addIssue({
      code: 'custom',
      path: ['clusterId'],
      ...bilingualMessage('สำนักงานกลุ่มจังหวัดต้องระบุกลุ่มจังหวัด', 'A cluster office needs its cluster'),
    });
  }
});
export type AgencyInput = z.infer<typeof agencyInputSchema>;

/** A partial edit; the merged result must still pass `agencyInputSchema`. */
export const agencyUpdateSchema = agencyFieldsSchema
  .partial()
  .extend({ reason: z.string().trim().max(500).optional(), version: positiveInt4().optional() })
  .strict();
export type AgencyUpdateInput = z.infer<typeof agencyUpdateSchema>;

/** GET /agencies: filters and paging. */
export const agencyListQuery = z.object({
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  kind: z.enum(AGENCY_KINDS).optional(),
  q: z.string().trim().max(100).optional(),
  ...pagingQuery,
});
export type AgencyListQuery = z.input<typeof agencyListQuery>;
export type AgencyListFilter = z.output<typeof agencyListQuery>;

/** GET /agencies/export: the list's filters, every page. */
export const agencyExportQuery = agencyListQuery.omit({ limit: true, offset: true });

/** An agency as the API returns it. */
export const agencySchema = z.object({
  id: z.string(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  shortName: z.string().nullable(),
  kind: z.enum(AGENCY_KINDS),
  localGovernmentType: z.enum(LOCAL_GOVERNMENT_TYPES).nullable(),
  dlaCode: z.string().nullable(),
  budgetUnitCode: z.string().nullable(),
  areaCode: z.string().nullable(),
  /** Null for national bodies. */
  provinceCode: z.string().nullable(),
  clusterId: z.number().int().nullable(),
  parentAgencyId: z.string().nullable(),
  isActive: z.boolean(),
  isDemo: z.boolean(),
  version: z.number().int(),
});
export type Agency = z.infer<typeof agencySchema>;
