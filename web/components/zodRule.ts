import type { FormInstance, FormRule } from 'antd';
import type { z } from 'zod';
import { describeIssue } from '../../domain/common/bilingual.js';
import { translate, type Lang } from '../app/i18n/index.js';

/** Anything with a zod object's `shape`; zod 4 keeps `.shape` on a schema after `.superRefine()`. */
export interface ShapedSchema<Shape extends Record<string, z.ZodType>> {
  shape: Shape;
}

export interface FieldError {
  name: (string | number)[];
  errors: string[];
}

/** An empty or blank input means "not given", as an absent key would in the JSON body. */
export function blankToUndefined(value: unknown): unknown {
  if (typeof value === 'string' && value.trim() === '') {
    return undefined;
  }
  return value;
}

/** Whether the field rejects a missing value, so the form can show its required mark. */
export function isRequiredField<Shape extends Record<string, z.ZodType>>(
  schema: ShapedSchema<Shape>,
  field: keyof Shape & string,
): boolean {
  return !schema.shape[field]?.safeParse(undefined).success;
}

/** An antd validator that runs one field of a zod object schema, with its message in the UI language. */
export function zodRule<Shape extends Record<string, z.ZodType>>(
  schema: ShapedSchema<Shape>,
  field: keyof Shape & string,
  lang: Lang,
): FormRule {
  const fieldSchema = schema.shape[field];
  return {
    validator: async (_rule, value: unknown) => {
      const given = blankToUndefined(value);
      const result = fieldSchema?.safeParse(given);
      if (result && !result.success) {
        // zod words a missing enum as "invalid option: one of …"; a form should just say it is required.
        if (given === undefined || given === null) {
          throw new Error(translate(lang, 'common.required'));
        }
        const issue = result.error.issues[0];
        throw new Error(issue ? describeIssue(issue)[lang] : '');
      }
    },
  };
}

/** Errors of the whole schema (cross-field refinements included) as antd `setFields` entries. */
export function zodFormErrors(schema: z.ZodType, values: unknown, lang: Lang): FieldError[] {
  const result = schema.safeParse(values);
  if (result.success) {
    return [];
  }
  const byField = new Map<string, FieldError>();
  for (const issue of result.error.issues) {
    const name = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(describeIssue(issue)[lang]);
    byField.set(key, entry);
  }
  return [...byField.values()];
}

/** Puts field errors (from zod or the API's problem json) onto a form of any value shape. */
export function setFieldErrors(form: FormInstance, errors: readonly FieldError[]): void {
  form.setFields(errors.map(({ name, errors: messages }) => ({ name, errors: messages })));
}
