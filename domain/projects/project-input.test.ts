import { describe, expect, it } from 'vitest';
import { budgetUnitOf, projectCodeOf } from './project.js';
import { projectCreateSchema, projectLinksSchema, projectUpdateSchema } from './project-input.js';
import { sharesSumTo100, splitByShares } from './locations.js';
import { scheduleGap, scheduleMatchesTotal, sumSatang } from './totals.js';

const minimal = {
  fiscalYear: 2569,
  scope: 'province',
  provinceCode: '30',
  title: 'ถนน',
  budgetType: 'investment',
  category: 'construction',
};
const node = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('project create schema', () => {
  it('fills empty child lists and keeps money as satang strings', () => {
    const parsed = projectCreateSchema.parse({
      ...minimal,
      budgetLines: [
        {
          description: 'ก่อสร้าง',
          budgetType: 'investment',
          category: 'construction',
          amountSatang: '150000000',
        },
      ],
    });
    expect(parsed.locations).toEqual([]);
    expect(parsed.links).toEqual({ kpiIds: [], needIds: [], alignment: [] });
    expect(parsed.budgetLines[0]?.amountSatang).toBe('150000000');
  });

  it.each([
    [
      {
        budgetLines: [
          { description: 'x', budgetType: 'investment', category: 'construction', amountSatang: 1500 },
        ],
      },
      'budgetLines',
    ],
    [
      {
        budgetLines: [
          { description: 'x', budgetType: 'investment', category: 'construction', amountSatang: '15.00' },
        ],
      },
      'budgetLines',
    ],
    [{ scope: 'province', provinceCode: undefined }, 'provinceCode'],
    [{ scope: 'cluster', provinceCode: undefined }, 'clusterId'],
    [{ fiscalYear: 2026 }, 'fiscalYear'],
    [{ budgetType: 'capex' }, 'budgetType'],
    [{ code: 'a b' }, 'code'],
    [
      {
        provinceShares: [
          { provinceCode: '30', shareBp: 6000 },
          { provinceCode: '31', shareBp: 3000 },
        ],
      },
      'provinceShares',
    ],
    [
      {
        provinceShares: [
          { provinceCode: '30', shareBp: 5000 },
          { provinceCode: '30', shareBp: 5000 },
        ],
      },
      'provinceShares',
    ],
    [
      {
        schedule: [
          { fiscalYear: 2569, amountSatang: '1' },
          { fiscalYear: 2569, amountSatang: '2' },
        ],
      },
      'schedule',
    ],
    [{ locations: [{ areaCode: '3001' }, { areaCode: '3001' }] }, 'locations'],
    [
      { locations: [{ areaCode: '3001', geometry: { type: 'Point', coordinates: [2.35, 48.85] } }] },
      'locations',
    ],
    [
      { locations: [{ areaCode: '3001', geometry: { type: 'LineString', coordinates: [[102, 15]] } }] },
      'locations',
    ],
    [
      {
        readiness: [
          { item: 'land', status: 'ready' },
          { item: 'land', status: 'pending' },
        ],
      },
      'readiness',
    ],
    [{ unknownField: 1 }, ''],
  ])('refuses %j at %s', (change, path) => {
    const result = projectCreateSchema.safeParse({ ...minimal, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0] ?? '')).toContain(path);
  });

  it('accepts a point or line in Thailand and shares summing to 100 %', () => {
    const parsed = projectCreateSchema.parse({
      ...minimal,
      locations: [
        { areaCode: '300101', geometry: { type: 'Point', coordinates: [102.1, 14.97] } },
        {
          areaCode: '300102',
          geometry: {
            type: 'LineString',
            coordinates: [
              [102.1, 14.9],
              [102.2, 15.0],
            ],
          },
        },
      ],
      provinceShares: [
        { provinceCode: '30', shareBp: 6000 },
        { provinceCode: '31', shareBp: 4000 },
      ],
    });
    expect(parsed.locations).toHaveLength(2);
  });
});

describe('project links', () => {
  it('needs exactly one primary alignment link when any is given', () => {
    const base = { kpiIds: [], needIds: [] };
    expect(projectLinksSchema.safeParse({ ...base, alignment: [] }).success).toBe(true);
    expect(
      projectLinksSchema.safeParse({
        ...base,
        alignment: [{ nodeId: node(1), isPrimary: true }, { nodeId: node(2) }],
      }).success,
    ).toBe(true);
    expect(projectLinksSchema.safeParse({ ...base, alignment: [{ nodeId: node(1) }] }).success).toBe(false);
    expect(
      projectLinksSchema.safeParse({
        ...base,
        alignment: [
          { nodeId: node(1), isPrimary: true },
          { nodeId: node(2), isPrimary: true },
        ],
      }).success,
    ).toBe(false);
    expect(
      projectLinksSchema.safeParse({
        ...base,
        alignment: [{ nodeId: node(1), isPrimary: true }, { nodeId: node(1) }],
      }).success,
    ).toBe(false);
    expect(projectLinksSchema.safeParse({ ...base, kpiIds: [node(1), node(1)], alignment: [] }).success).toBe(
      false,
    );
  });
});

describe('project update schema', () => {
  it('takes any editable part but never where the project belongs', () => {
    expect(projectUpdateSchema.safeParse({ title: 'ใหม่', version: 2 }).success).toBe(true);
    for (const fixed of [
      { provinceCode: '50' },
      { fiscalYear: 2570 },
      { scope: 'cluster' },
      { code: 'X-1' },
    ]) {
      expect(projectUpdateSchema.safeParse(fixed).success).toBe(false);
    }
  });
});

describe('codes, shares and totals', () => {
  it('numbers codes per budget unit and fiscal year', () => {
    expect(budgetUnitOf('province', '30', null)).toBe('P30');
    expect(budgetUnitOf('cluster', '30', 8)).toBe('C8');
    expect(projectCodeOf('P30', 2569, 7)).toBe('P30-2569-0007');
    expect(projectCodeOf('C8', 2569, 12345)).toBe('C8-2569-12345');
  });

  it('checks shares add up to 100 % and splits money to the satang', () => {
    expect(sharesSumTo100([])).toBe(true);
    expect(sharesSumTo100([{ shareBp: 3333 }, { shareBp: 3333 }, { shareBp: 3334 }])).toBe(true);
    expect(sharesSumTo100([{ shareBp: 3333 }, { shareBp: 3333 }])).toBe(false);
    const split = splitByShares(100n, [
      { provinceCode: '30', shareBp: 3333 },
      { provinceCode: '31', shareBp: 3333 },
      { provinceCode: '32', shareBp: 3334 },
    ]);
    expect([...split.values()].reduce((a, b) => a + b, 0n)).toBe(100n);
    expect(split.get('32')).toBe(34n);
    expect(
      splitByShares(1n, [
        { provinceCode: '30', shareBp: 5000 },
        { provinceCode: '31', shareBp: 5000 },
      ]).get('30'),
    ).toBe(1n);
  });

  it('sums satang beyond 2^53 exactly and compares the schedule with the lines', () => {
    const lines = [{ amountSatang: '900719925474099300' }, { amountSatang: '7' }];
    expect(sumSatang(lines)).toBe(900719925474099307n);
    expect(scheduleGap(lines, [{ amountSatang: '900719925474099300' }])).toBe(7n);
    expect(scheduleMatchesTotal(lines, [{ amountSatang: '900719925474099300' }, { amountSatang: '7' }])).toBe(
      true,
    );
    expect(scheduleMatchesTotal([], [])).toBe(false);
    expect(scheduleMatchesTotal(lines, [{ amountSatang: '1' }])).toBe(false);
  });
});
