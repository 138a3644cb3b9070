import { describe, expect, it } from 'vitest';
import { describeIssue } from '../common/bilingual.js';
import {
  changedFacts,
  isPastOrToday,
  NEED_ORIGIN_LABELS,
  NEED_ORIGINS,
  needInputSchema,
  needUpdateSchema,
  type NeedFacts,
} from './need.js';

const good = { areaCode: '30010101', title: 'ถนนลูกรังชำรุด', origin: 'village_plan', dimensionId: 1 };

describe('need input', () => {
  it('fills defaults for optional counts and description', () => {
    expect(needInputSchema.parse(good)).toEqual({ ...good, description: '', households: 0, people: 0 });
  });

  it('labels every origin in Thai and English', () => {
    expect(NEED_ORIGINS).toHaveLength(11);
    for (const origin of NEED_ORIGINS) {
      expect(NEED_ORIGIN_LABELS[origin].th).not.toBe('');
      expect(NEED_ORIGIN_LABELS[origin].en).not.toBe('');
    }
    expect(NEED_ORIGIN_LABELS.village_plan.th).toBe('แผนหมู่บ้าน/แผนชุมชน');
  });

  it('reports bad fields with their Thai twin', () => {
    const result = needInputSchema.safeParse({
      ...good,
      title: ' ',
      households: -1,
      people: 1.5,
      sourcePriority: 0,
      fiscalYear: 2800,
      origin: 'radio',
    });
    const byPath = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), describeIssue(issue)]),
    );
    expect(byPath.title).toEqual({ th: 'กรุณาระบุปัญหา/ความต้องการ', en: 'Title is required' });
    expect(byPath.households?.th).toBe('ต้องเป็นจำนวนเต็มไม่ติดลบ');
    expect(byPath.people?.en).toBe('Must be a whole number, zero or more');
    expect(byPath.sourcePriority?.th).toBe('ลำดับความสำคัญต้องเป็นจำนวนเต็มบวก');
    expect(byPath.fiscalYear).toEqual({
      th: 'ปีงบประมาณต้องเป็น พ.ศ. 2500–2700',
      en: 'Fiscal year must be a Buddhist-Era year 2500–2700',
    });
    expect(byPath.origin?.en).toBe('Choose where the need came from');
  });

  it('accepts the fiscal-year window edges only', () => {
    expect(needInputSchema.safeParse({ ...good, fiscalYear: 2500 }).success).toBe(true);
    expect(needInputSchema.safeParse({ ...good, fiscalYear: 2700 }).success).toBe(true);
    expect(needInputSchema.safeParse({ ...good, fiscalYear: 2499 }).success).toBe(false);
    expect(needInputSchema.safeParse({ ...good, fiscalYear: 2570.5 }).success).toBe(false);
  });

  it('refuses status and reference fields on create and edit', () => {
    expect(needInputSchema.safeParse({ ...good, status: 'linked' }).success).toBe(false);
    expect(needUpdateSchema.safeParse({ referenceNo: 'N30-2570-00001' }).success).toBe(false);
    expect(needUpdateSchema.parse({ households: 3, version: 2 })).toEqual({ households: 3, version: 2 });
  });
});

describe('source date', () => {
  it.each([
    ['2026-11-29', '2026-11-29', true],
    ['2026-11-28', '2026-11-29', true],
    ['2020-01-01', '2026-11-29', true],
    ['2026-11-30', '2026-11-29', false],
    ['2027-01-01', '2026-12-31', false],
    ['2030-05-01', '2026-11-29', false],
  ])('%s against today %s is acceptable: %s', (date, today, ok) => {
    expect(isPastOrToday(date, today)).toBe(ok);
  });

  it('refuses a source date after today in Thai and English, and accepts today', () => {
    const result = needInputSchema.safeParse({ ...good, sourceDate: '2030-01-15' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), describeIssue(issue)])).toEqual([
      [
        'sourceDate',
        { th: 'วันที่ของเอกสารต้นเรื่องต้องไม่เป็นวันในอนาคต', en: 'The source date cannot be in the future' },
      ],
    ]);
    const today = new Date(Date.now() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
    expect(needInputSchema.safeParse({ ...good, sourceDate: today }).success).toBe(true);
    expect(needUpdateSchema.safeParse({ sourceDate: '2030-01-15' }).success).toBe(false);
  });
});

describe('changed facts', () => {
  const facts: NeedFacts = {
    areaCode: '300101',
    title: 'x',
    description: '',
    origin: 'citizen',
    sourceDocument: null,
    sourceDate: null,
    dimensionId: 1,
    households: 0,
    people: 0,
    sourcePriority: null,
    fiscalYear: 2570,
  };

  it('names only the fields that differ', () => {
    expect(changedFacts(facts, { ...facts })).toEqual([]);
    expect(changedFacts(facts, { ...facts, households: 3, sourceDate: '2026-01-01' })).toEqual([
      'sourceDate',
      'households',
    ]);
  });
});
