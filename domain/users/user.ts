import { z } from 'zod';
import { roleSchema } from '../auth/roles.js';
import { bilingualMessage } from '../common/bilingual.js';
import { positiveInt4 } from '../common/integers.js';
import { pagingQuery } from '../common/paging.js';

/** A scope entry: a DOPA area code, `cluster:<id>`, `region:<id>` or `national`. */
export const scopeRefSchema = z
  .string()
  .regex(
    /^(national|cluster:\d+|region:[a-z_]+|\d{2}|\d{4}|\d{6}|\d{8})$/,
    bilingualMessage(
      'ขอบเขตต้องเป็นรหัสพื้นที่ 2/4/6/8 หลัก, cluster:<รหัส>, region:<รหัส> หรือ national',
      'A scope is a 2/4/6/8-digit area code, cluster:<id>, region:<id> or national',
    ),
  );

/** The languages a user may choose for the interface. */
export const LOCALES = ['th', 'en'] as const;

const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9._-]{3,50}$/,
    bilingualMessage('ชื่อผู้ใช้ต้องเป็นอักษรอังกฤษ ตัวเลข . _ - ยาว 3–50 ตัว', 'Username: 3–50 of a-z, 0-9, . _ -'),
  );

export const passwordSchema = z
  .string()
  .min(10, bilingualMessage('รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร', 'Password must be at least 10 characters'))
  .max(200);

const scopeListSchema = z.array(scopeRefSchema).max(200);

const userFields = z
  .object({
    username: usernameSchema,
    displayName: z
      .string()
      .trim()
      .min(1, bilingualMessage('กรุณาระบุชื่อ-สกุล', 'Display name is required'))
      .max(200),
    email: z.email(bilingualMessage('อีเมลไม่ถูกต้อง', 'Invalid email')).nullish(),
    password: passwordSchema,
    agencyId: z.uuid().nullish(),
    locale: z.enum(LOCALES).optional(),
    roles: z.array(roleSchema).min(1, bilingualMessage('ต้องมีบทบาทอย่างน้อย 1 บทบาท', 'At least one role')),
    captureScope: scopeListSchema.optional(),
    viewScope: scopeListSchema.optional(),
  })
  .strict();

export const userCreateSchema = userFields.extend({
  captureScope: scopeListSchema.default([]),
  viewScope: scopeListSchema.default([]),
});
export type UserCreateInput = z.infer<typeof userCreateSchema>;

// Built from the fields without defaults: a default survives .partial() and would wipe scopes.
export const userUpdateSchema = userFields
  .omit({ username: true })
  .partial()
  .extend({
    isActive: z.boolean().optional(),
    reason: z.string().trim().max(500).optional(),
    version: positiveInt4().optional(),
  })
  .strict();
export type UserUpdateInput = z.infer<typeof userUpdateSchema>;

/** GET /users: by name or username. */
export const userListQuery = z.object({ q: z.string().max(100).optional(), ...pagingQuery });
export type UserListQuery = z.input<typeof userListQuery>;
export type UserListFilter = z.output<typeof userListQuery>;

/** GET /users/export: the list's filters, every page. */
export const userExportQuery = userListQuery.omit({ limit: true, offset: true });

/** A user as the API returns it: never the password hash or the failed-attempt counter. */
export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  agencyId: z.string().nullable(),
  locale: z.enum(LOCALES),
  isActive: z.boolean(),
  isDemo: z.boolean(),
  roles: z.array(roleSchema),
  captureScope: z.array(z.string()),
  viewScope: z.array(z.string()),
  version: z.number().int(),
  lastLoginAt: z.string().nullable(),
  /** Until when sign-in is locked after repeated wrong passwords (an administrator can unlock). */
  lockedUntil: z.string().nullable(),
});
export type User = z.infer<typeof userSchema>;
