import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bilingualMessage, describeIssue } from './bilingual.js';

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues;
};

describe('bilingual zod messages', () => {
  it('finds the Thai twin of a declared message', () => {
    const schema = z.string().min(1, bilingualMessage('ต้องระบุชื่อ', 'Name required'));
    const [issue] = issuesOf(schema, '');
    expect(issue && describeIssue(issue)).toEqual({ th: 'ต้องระบุชื่อ', en: 'Name required' });
  });

  it('says a missing field is required in both languages', () => {
    const [issue] = issuesOf(z.object({ name: z.string() }), {});
    expect(issue && describeIssue(issue)).toEqual({ th: 'จำเป็นต้องระบุ', en: 'Required' });
  });

  it('names the expected type', () => {
    const [issue] = issuesOf(z.number(), 'x');
    expect(issue && describeIssue(issue)).toEqual({ th: 'ต้องเป็นตัวเลข', en: 'Must be a number' });
  });

  it('lists unknown fields', () => {
    const [issue] = issuesOf(z.object({}).strict(), { extra: 1 });
    expect(issue && describeIssue(issue).en).toBe('Unknown fields: extra');
  });

  it('falls back to zod’s own Thai locale', () => {
    const [issue] = issuesOf(z.string().max(2), 'abcd');
    const described = issue && describeIssue(issue);
    expect(described?.th).toMatch(/[\u0E00-\u0E7F]/);
    expect(described?.en).toContain('2');
  });
});
