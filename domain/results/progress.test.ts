import { describe, expect, it } from 'vitest';
import { progressProblem, type ProgressPoint } from './progress.js';

const point = (
  quarter: number,
  physicalPercent: number,
  extra: Partial<ProgressPoint> = {},
): ProgressPoint => ({
  fiscalYear: 2568,
  quarter,
  physicalPercent,
  status: physicalPercent === 100 ? 'completed' : 'on_track',
  declineReason: null,
  ...extra,
});

describe('progressProblem', () => {
  it('accepts progress that rises or stays', () => {
    expect(progressProblem(point(2, 40), [point(1, 20)])).toBeNull();
    expect(progressProblem(point(2, 20), [point(1, 20)])).toBeNull();
    expect(progressProblem(point(1, 0), [])).toBeNull();
  });

  it('refuses progress going backwards without a reason, and accepts it with one', () => {
    expect(progressProblem(point(2, 10), [point(1, 30)])?.en).toContain('falls from 30');
    expect(progressProblem(point(2, 10, { declineReason: 'สำรวจใหม่' }), [point(1, 30)])).toBeNull();
  });

  it('compares with the latest earlier report, across fiscal years', () => {
    const earlier = [point(1, 80), { ...point(4, 50), fiscalYear: 2567 }];
    expect(progressProblem(point(2, 70), earlier)?.en).toContain('Q1 FY2568');
    expect(
      progressProblem({ ...point(1, 60), fiscalYear: 2568 }, [{ ...point(4, 50), fiscalYear: 2567 }]),
    ).toBeNull();
  });

  it('refuses an earlier report above a later one already on file', () => {
    expect(progressProblem(point(1, 60), [point(2, 50)])?.en).toContain('Q2 FY2568');
    expect(progressProblem(point(1, 60), [point(2, 50, { declineReason: 'น้ำท่วม' })])).toBeNull();
  });

  it('replacing a quarter ignores that quarter’s old report', () => {
    expect(progressProblem(point(2, 10), [point(2, 90)])).toBeNull();
  });

  it('ties completed to 100 %', () => {
    expect(progressProblem(point(3, 90, { status: 'completed' }), [])?.en).toContain('100 %');
    expect(progressProblem(point(3, 100, { status: 'on_track' }), [])?.en).toContain('as "completed"');
    expect(progressProblem(point(3, 100), [point(2, 70)])).toBeNull();
  });

  it('refuses un-completing a project without a reason', () => {
    const done = point(2, 100);
    expect(progressProblem(point(3, 100, { status: 'completed' }), [done])).toBeNull();
    expect(progressProblem(point(3, 95, { status: 'delayed' }), [done])?.en).toContain('falls from 100');
    expect(
      progressProblem(point(3, 95, { status: 'delayed', declineReason: 'ตรวจพบชำรุด' }), [done]),
    ).toBeNull();
  });
});
