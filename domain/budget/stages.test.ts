import { describe, expect, it } from 'vitest';
import { cutAt, stageProblems, stageRecordSchema, type StageAmount } from './stages.js';

// A FY2568 Nakhon Ratchasima road: 12.5 million requested, 11.8 after scrutiny, 11.8 in the bill, 11.5 enacted.
const request: StageAmount = { stage: 'request', amountSatang: 1_250_000_000n, cutReason: null };
const scrutiny: StageAmount = {
  stage: 'bureau_scrutiny',
  amountSatang: 1_180_000_000n,
  cutReason: 'ปรับราคากลางตามบัญชีราคามาตรฐานครุภัณฑ์',
};
const bill: StageAmount = { stage: 'draft_bill', amountSatang: 1_180_000_000n, cutReason: null };

describe('budget stages', () => {
  it('records the request first, then each stage after the one before it', () => {
    expect(stageProblems([], request)).toEqual([]);
    expect(stageProblems([], bill)[0]?.message.en).toBe(
      'Record the "After Budget Bureau scrutiny" amount first',
    );
    expect(stageProblems([], bill)[0]?.kind).toBe('order');
    expect(stageProblems([request, scrutiny], bill)).toEqual([]);
  });

  it('requires a reason for a cut below the previous stage, to the satang', () => {
    const cut = { stage: 'bureau_scrutiny' as const, amountSatang: 1_249_999_999n, cutReason: null };
    expect(stageProblems([request], cut)[0]?.message.th).toBe(
      'วงเงินลดลง 0.01 บาทจากขั้นก่อนหน้า ต้องระบุเหตุผลการปรับลด (อย่างน้อย 5 ตัวอักษร)',
    );
    expect(stageProblems([request], cut)[0]?.kind).toBe('reason');
    expect(stageProblems([request], { ...cut, cutReason: ' ลด ' })).toHaveLength(1);
    expect(stageProblems([request], { ...cut, cutReason: 'ปรับลดค่าครุภัณฑ์' })).toEqual([]);
    // Equal or higher amounts need no reason.
    expect(stageProblems([request], { ...cut, amountSatang: 1_250_000_000n })).toEqual([]);
    expect(stageProblems([request], { ...cut, amountSatang: 1_300_000_000n })).toEqual([]);
  });

  it('refuses a correction that turns the next stage into an unexplained cut', () => {
    const higher = { ...scrutiny, amountSatang: 1_200_000_000n };
    expect(stageProblems([request, scrutiny, bill], higher)[0]?.message.en).toContain(
      'correct the next stage first',
    );
    // The next stage's own reason explains the cut.
    const explainedBill = { ...bill, cutReason: 'กรรมาธิการปรับลด' };
    expect(stageProblems([request, scrutiny, explainedBill], higher)).toEqual([]);
  });

  it('computes each stage cut from the one before it', () => {
    const stages = [request, scrutiny, bill];
    expect(cutAt(stages, 'request')).toBeNull();
    expect(cutAt(stages, 'bureau_scrutiny')).toBe(70_000_000n);
    expect(cutAt(stages, 'draft_bill')).toBe(0n);
    expect(cutAt(stages, 'enacted')).toBeNull();
  });

  it('takes amounts as whole satang strings only', () => {
    expect(stageRecordSchema.safeParse({ amountSatang: '1250000000' }).success).toBe(true);
    for (const amountSatang of ['12.50', '-1', '1e9', 1250, '']) {
      expect(stageRecordSchema.safeParse({ amountSatang }).success).toBe(false);
    }
    expect(stageRecordSchema.safeParse({ amountSatang: '1', extra: 1 }).success).toBe(false);
  });
});
