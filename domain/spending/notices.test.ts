import { describe, expect, it } from 'vitest';
import { provinceDigest, warningNotice } from './notices.js';
import type { Warning } from './spending-response.js';

const warning = (overrides: Partial<Warning> = {}): Warning => ({
  projectId: '00000000-0000-4000-8000-000000000001',
  code: '69-P30-0001',
  title: 'ขุดลอกแหล่งน้ำ',
  provinceCode: '30',
  clusterId: null,
  status: 'late',
  reasons: ['behind_plan', 'behind_target'],
  allocationSatang: '100',
  disbursedSatang: '50',
  actualPct: 50,
  planPct: 60,
  ...overrides,
});

describe('spending notices', () => {
  it('announces a warning once per status and set of reasons, in Thai and English', () => {
    const notice = warningNotice(warning(), 2569);
    expect(notice).toMatchObject({ kind: 'warning', provinceCode: '30', link: '/spending' });
    expect(notice.title.th).toContain('ล่าช้า');
    expect(notice.body.en).toContain('below the cabinet');
    const reordered = warningNotice(warning({ reasons: ['behind_target', 'behind_plan'] }), 2569);
    expect(reordered.subjectKey).toBe(notice.subjectKey);
    const worse = warningNotice(warning({ status: 'at_risk', reasons: ['far_behind_plan'] }), 2569);
    expect(worse.subjectKey).not.toBe(notice.subjectKey);
    expect(warningNotice(warning(), 2570).subjectKey).not.toBe(notice.subjectKey);
  });

  it('digests a province’s projects behind target and without a contract, once a day', () => {
    const list = [
      warning(),
      warning({ projectId: 'b', reasons: ['no_contract_after_cutoff', 'behind_target'] }),
      warning({ projectId: 'c', reasons: ['behind_plan'] }),
      warning({ projectId: 'd', provinceCode: '50', reasons: ['behind_target'] }),
    ];
    const digest = provinceDigest('30', '2026-06-05', list);
    expect(digest?.subjectKey).toBe('spending-digest:30:2026-06-05');
    expect(digest?.body.th).toBe('ต่ำกว่าเป้าหมาย ครม. 2 โครงการ; ยังไม่ลงนามสัญญาเมื่อพ้นกำหนด 1 โครงการ');
    expect(provinceDigest('30', '2026-06-06', list)?.subjectKey).not.toBe(digest?.subjectKey);
    expect(provinceDigest('30', '2026-06-05', [warning({ reasons: ['behind_plan'] })])).toBeNull();
    expect(provinceDigest('10', '2026-06-05', list)).toBeNull();
  });
});
