import { describe, expect, it } from 'vitest';
import { diffPlanVersions, reasonKey } from './diff.js';
import { normaliseDecimal } from './flatten.js';
import { approach, issue, item, kpi, objective, SDG2, tree, Y1 } from './test-fixtures.js';
import type { PlanVersionTreeData } from './tree.js';

const base = tree();
/** The same tree as a review would copy it: new ids everywhere, same stable keys. */
function copyOf(source: PlanVersionTreeData): PlanVersionTreeData {
  const fresh = (id: string) => `${id}-copy`;
  return {
    ...source,
    version: { ...source.version, id: 'v-2', basedOnVersionId: source.version.id, kind: 'review' },
    issues: source.issues.map((i) => ({
      ...i,
      id: fresh(i.id),
      objectives: i.objectives.map((o) => ({
        ...o,
        id: fresh(o.id),
        issueId: fresh(o.issueId),
        kpis: o.kpis.map((k) => ({ ...k, id: fresh(k.id), objectiveId: fresh(k.objectiveId) })),
      })),
      approaches: i.approaches.map((a) => ({
        ...a,
        id: fresh(a.id),
        items: a.items.map((it) => ({
          ...it,
          id: fresh(it.id),
          approachId: fresh(it.approachId),
          kpiIds: it.kpiIds.map(fresh),
        })),
      })),
    })),
  };
}
const summary = (before: PlanVersionTreeData, after: PlanVersionTreeData) =>
  diffPlanVersions(before, after).entries.map(
    (e) =>
      `${e.kind} ${e.entityType} ${e.stableKey}${e.coveredBy ? ` (with ${e.coveredBy.entityType} ${e.coveredBy.stableKey})` : ''}`,
  );

describe('diff of two plan versions', () => {
  it('sees no change between a version and its copy, though every id differs', () => {
    const diff = diffPlanVersions(base, copyOf(base));
    expect(diff.entries).toEqual([]);
    expect(diff.unexplained).toBe(0);
    expect(diff.counts.item).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('reports changed fields with before and after, and the id in each version', () => {
    const after = copyOf(
      tree({ issues: [issue({ title: 'เกษตรมูลค่าสูงและเกษตรแปรรูป', description: 'เพิ่มการแปรรูป' })] }),
    );
    const [entry] = diffPlanVersions(base, after).entries;
    expect(entry).toMatchObject({
      entityType: 'issue',
      kind: 'changed',
      stableKey: 's-1',
      id: 'issue-1-copy',
      previousId: 'issue-1',
      title: 'เกษตรมูลค่าสูงและเกษตรแปรรูป',
      fields: [
        { field: 'title', before: 'การเกษตรมูลค่าสูง', after: 'เกษตรมูลค่าสูงและเกษตรแปรรูป' },
        { field: 'description', before: null, after: 'เพิ่มการแปรรูป' },
      ],
      needsReason: true,
      reason: null,
    });
  });

  it('lists target changes per fiscal year and area, ignoring insignificant zeros', () => {
    const targets = [
      { fiscalYear: 2566, areaCode: null, value: '45000.00' },
      { fiscalYear: 2567, areaCode: null, value: '48000' },
      { fiscalYear: 2568, areaCode: null, value: '51000' },
      { fiscalYear: 2569, areaCode: null, value: '55500' },
      { fiscalYear: 2570, areaCode: null, value: '57000' },
      { fiscalYear: 2569, areaCode: '3015', value: '7000' },
    ];
    const after = copyOf(
      tree({ issues: [issue({ objectives: [objective({ kpis: [kpi({ targets })] })] })] }),
    );
    const [entry] = diffPlanVersions(base, after).entries;
    expect(entry?.fields).toEqual([]);
    expect(entry?.targets).toEqual([
      { fiscalYear: 2569, areaCode: null, before: '54000', after: '55500' },
      { fiscalYear: 2569, areaCode: '3015', before: null, after: '7000' },
    ]);
  });

  it('compares KPI baselines numerically and shows what the user typed', () => {
    const after = copyOf(
      tree({
        issues: [
          issue({
            objectives: [objective({ kpis: [kpi({ baselineValue: '42000.0', unit: 'ไร่ (สะสม)' })] })],
          }),
        ],
      }),
    );
    expect(diffPlanVersions(base, after).entries[0]?.fields).toEqual([
      { field: 'unit', before: 'ไร่', after: 'ไร่ (สะสม)' },
    ]);
  });

  it('lists budget changes: a new amount, a new year and a dropped year', () => {
    const before = tree({
      issues: [
        issue({
          approaches: [
            approach({
              items: [
                item({
                  budgets: [
                    { fiscalYear: 2567, amountSatang: '100' },
                    { fiscalYear: 2568, amountSatang: '200' },
                  ],
                }),
              ],
            }),
          ],
        }),
      ],
    });
    const after = copyOf(
      tree({
        issues: [
          issue({
            approaches: [
              approach({
                items: [
                  item({
                    budgets: [
                      { fiscalYear: 2567, amountSatang: '150' },
                      { fiscalYear: 2569, amountSatang: '0' },
                    ],
                  }),
                ],
              }),
            ],
          }),
        ],
      }),
    );
    expect(diffPlanVersions(before, after).entries[0]?.budgets).toEqual([
      { fiscalYear: 2567, before: '100', after: '150' },
      { fiscalYear: 2568, before: '200', after: null },
      { fiscalYear: 2569, before: null, after: '0' },
    ]);
  });

  it('compares item–KPI links by stable key and shows KPI names', () => {
    const second = kpi({ id: 'kpi-2', stableKey: 'k-2', name: 'มูลค่าผลผลิตเกษตร' });
    const twoKpis = (kpiIds: string[]) =>
      tree({
        issues: [
          issue({
            objectives: [objective({ kpis: [kpi(), second] })],
            approaches: [approach({ items: [item({ kpiIds })] })],
          }),
        ],
      });
    const [entry] = diffPlanVersions(twoKpis(['kpi-1']), copyOf(twoKpis(['kpi-1', 'kpi-2']))).entries;
    expect(entry?.fields).toEqual([
      { field: 'kpis', before: ['พื้นที่เกษตรปลอดภัย'], after: ['พื้นที่เกษตรปลอดภัย', 'มูลค่าผลผลิตเกษตร'] },
    ]);
  });

  it('shows a move to another approach by the approaches’ titles', () => {
    const other = approach({ id: 'app-2', stableKey: 'a-2', title: 'พัฒนาการตลาด', items: [] });
    const before = tree({ issues: [issue({ approaches: [approach(), other] })] });
    const after = copyOf(
      tree({
        issues: [
          issue({
            approaches: [approach({ items: [] }), { ...other, items: [item({ approachId: 'app-2' })] }],
          }),
        ],
      }),
    );
    expect(diffPlanVersions(before, after).entries.map((e) => e.fields)).toEqual([
      [{ field: 'approach', before: 'ส่งเสริมเกษตรปลอดภัย', after: 'พัฒนาการตลาด' }],
    ]);
  });

  it('shows alignment changes as readable lines, primary marked', () => {
    const after = copyOf(
      tree({ issues: [issue({ approaches: [approach({ items: [item({ alignment: [Y1, SDG2] })] })] })] }),
    );
    expect(diffPlanVersions(base, after).entries[0]?.fields).toEqual([
      {
        field: 'alignment',
        before: ['030101 สินค้าเกษตรอัตลักษณ์พื้นถิ่นมีมูลค่าเพิ่มขึ้น (หลัก)'],
        after: ['030101 สินค้าเกษตรอัตลักษณ์พื้นถิ่นมีมูลค่าเพิ่มขึ้น (หลัก)', '2 ยุติความหิวโหย'],
      },
    ]);
  });

  it('asks one reason for an added branch: children come with their parent', () => {
    const added = approach({
      id: 'app-9',
      stableKey: 'a-9',
      title: 'แนวทางใหม่',
      items: [item({ id: 'item-9', stableKey: 'i-9' })],
    });
    const after = copyOf(tree({ issues: [issue({ approaches: [approach(), added] })] }));
    expect(summary(base, after)).toEqual(['added approach a-9', 'added item i-9 (with approach a-9)']);
    expect(diffPlanVersions(base, after).unexplained).toBe(1);
  });

  it('covers a removed issue’s whole branch by the issue, however deep', () => {
    const second = issue({
      id: 'issue-2',
      stableKey: 's-2',
      objectives: [
        objective({ id: 'obj-2', stableKey: 'o-2', kpis: [kpi({ id: 'kpi-2', stableKey: 'k-2' })] }),
      ],
      approaches: [
        approach({ id: 'app-2', stableKey: 'a-2', items: [item({ id: 'item-2', stableKey: 'i-2' })] }),
      ],
    });
    const before = tree({ issues: [issue(), second] });
    expect(summary(before, copyOf(base))).toEqual([
      'removed issue s-2',
      'removed objective o-2 (with issue s-2)',
      'removed kpi k-2 (with issue s-2)',
      'removed approach a-2 (with issue s-2)',
      'removed item i-2 (with issue s-2)',
    ]);
  });

  it('asks a reason for an item added under an existing approach', () => {
    const after = copyOf(
      tree({
        issues: [
          issue({
            approaches: [
              approach({ items: [item(), item({ id: 'item-3', stableKey: 'i-3', title: 'ใหม่' })] }),
            ],
          }),
        ],
      }),
    );
    expect(summary(base, after)).toEqual(['added item i-3']);
  });

  it('reports version-level changes under the plan id and attaches reasons', () => {
    const after = copyOf(
      tree(
        {},
        {
          vision: 'เมืองน่าอยู่ที่ยั่งยืน',
          swot: { strengths: ['ทำเล'], weaknesses: [], opportunities: [], threats: [] },
        },
      ),
    );
    const diff = diffPlanVersions(base, after, new Map([[reasonKey('version', 'plan-1'), 'ปรับตามแผนภาค']]));
    expect(diff.entries).toHaveLength(1);
    expect(diff.entries[0]).toMatchObject({
      entityType: 'version',
      stableKey: 'plan-1',
      reason: 'ปรับตามแผนภาค',
      id: 'v-2',
      previousId: 'v-1',
    });
    expect(diff.entries[0]?.fields.map((f) => f.field)).toEqual(['vision', 'swot']);
    expect(diff.unexplained).toBe(0);
    expect(diff.counts.version).toEqual({ added: 0, removed: 0, changed: 1 });
  });

  it('ignores a change of order alone', () => {
    const after = copyOf(tree({ issues: [issue({ orderNo: 7 })] }));
    expect(diffPlanVersions(base, after).entries).toEqual([]);
  });
});

describe('normaliseDecimal', () => {
  it.each([
    ['12.50', '12.5'],
    ['12.0', '12'],
    ['0012', '12'],
    ['0.000', '0'],
    ['-0.0', '0'],
    ['-3.1400', '-3.14'],
    ['100', '100'],
  ])('%s → %s', (input, output) => {
    expect(normaliseDecimal(input)).toBe(output);
  });

  it('leaves text that is not a decimal and null as they are', () => {
    expect(normaliseDecimal('n/a')).toBe('n/a');
    expect(normaliseDecimal(null)).toBeNull();
  });
});
