import { describe, expect, it } from 'vitest';
import {
  alignmentNodeCreateSchema,
  alignmentNodeUpdateSchema,
  levelsOf,
  placementProblem,
  PRIMARY_LEVEL,
} from './alignment.js';

describe('placement of alignment nodes', () => {
  it('accepts the eMENSCR chain master plan → Y2 → sub-plan → Y1', () => {
    expect(placementProblem('master_plan', 'master_plan', null)).toBeNull();
    expect(placementProblem('master_plan', 'master_plan_target_y2', 'master_plan')).toBeNull();
    expect(placementProblem('master_plan', 'sub_plan', 'master_plan_target_y2')).toBeNull();
    expect(placementProblem('master_plan', 'sub_plan_target_y1', 'sub_plan')).toBeNull();
  });

  it('refuses a Y1 target directly under a master plan, naming the expected parent', () => {
    expect(placementProblem('master_plan', 'sub_plan_target_y1', 'master_plan')).toEqual({
      th: 'ระดับแม่ต้องเป็น "แผนย่อย"',
      en: 'The parent of a sub_plan_target_y1 node must be a sub_plan node',
    });
  });

  it('refuses a parent for a root level and a level foreign to the scheme', () => {
    expect(placementProblem('national_strategy', 'strategy', 'strategy')?.en).toBe(
      'A strategy node has no parent',
    );
    expect(placementProblem('sdg', 'milestone', null)?.en).toBe('Level milestone is not used in scheme sdg');
    expect(placementProblem('nesdp13', 'milestone_target', null)?.th).toBe('ระดับแม่ต้องเป็น "หมุดหมาย"');
  });

  it('lists the levels of each scheme top first', () => {
    expect(levelsOf('master_plan')).toEqual([
      'master_plan',
      'master_plan_target_y2',
      'sub_plan',
      'sub_plan_target_y1',
    ]);
    expect(levelsOf('sdg')).toEqual(['goal', 'target']);
    expect(levelsOf('nesdp13')).toEqual(['milestone', 'milestone_target']);
    expect(PRIMARY_LEVEL).toBe('sub_plan_target_y1');
  });
});

describe('alignment node input', () => {
  const valid = {
    scheme: 'master_plan',
    schemeVersion: '2566-rev',
    level: 'sub_plan',
    code: '0301',
    titleTh: 'เกษตรอัตลักษณ์พื้นถิ่น',
  };

  it('accepts a well-formed node and trims titles', () => {
    const parsed = alignmentNodeCreateSchema.parse({ ...valid, titleTh: '  เกษตรปลอดภัย ' });
    expect(parsed.titleTh).toBe('เกษตรปลอดภัย');
  });

  it('refuses a blank title, a bad code and unknown fields', () => {
    const result = alignmentNodeCreateSchema.safeParse({ ...valid, titleTh: ' ', code: 'a b', extra: 1 });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.') || issue.code);
    expect(paths).toEqual(expect.arrayContaining(['titleTh', 'code', 'unrecognized_keys']));
  });

  it('does not let an edit move a node to another scheme or level', () => {
    expect(alignmentNodeUpdateSchema.safeParse({ scheme: 'sdg' }).success).toBe(false);
    expect(alignmentNodeUpdateSchema.safeParse({ level: 'goal' }).success).toBe(false);
    expect(alignmentNodeUpdateSchema.parse({ titleEn: 'Agriculture', version: 2 })).toEqual({
      titleEn: 'Agriculture',
      version: 2,
    });
  });
});
