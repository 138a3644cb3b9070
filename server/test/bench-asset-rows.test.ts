import { describe, expect, it } from 'vitest';
import { ASSET_STATUSES } from '../../domain/assets/asset.js';
import { ASSET_TRANSITION_RULES, type AssetTransition } from '../../domain/assets/transitions.js';
import {
  ASSET_COLUMNS,
  ASSET_EVENT_COLUMNS,
  generateAssets,
  type DeliveredProject,
} from '../../bench/generate/asset-rows.js';

const project = (code: string, category: string): DeliveredProject => ({
  id: `00000000-0000-4000-8000-${code.replace(/\D/g, '').padStart(12, '0').slice(-12)}`,
  province_code: '30',
  cluster_id: null,
  fiscal_year: 2567,
  code,
  category,
  description: 'ก่อสร้างถนนคอนกรีตเสริมเหล็ก ตำบลในเมือง',
  total_satang: '300000000',
  agency_id: null,
  area_code: '300101',
  area_name: 'ในเมือง',
  lat: 14.97,
  lon: 102.1,
});
const projects = [project('P30-2567-0001', 'construction'), project('P30-2567-0002', 'equipment')];
const column = (name: (typeof ASSET_COLUMNS)[number]) => ASSET_COLUMNS.indexOf(name);
const eventColumn = (name: (typeof ASSET_EVENT_COLUMNS)[number]) => ASSET_EVENT_COLUMNS.indexOf(name);

describe('the bench generator’s assets', () => {
  const generated = generateAssets(projects, 200, 1);

  it('deals the asked number round the projects, numbered on within each, with unique codes', () => {
    expect(generated).toHaveLength(200);
    const codes = generated.map((row) => row.asset[column('code')]);
    expect(new Set(codes).size).toBe(200);
    expect(codes.slice(0, 3)).toEqual(['P30-2567-0001-A01', 'P30-2567-0002-A01', 'P30-2567-0001-A02']);
    expect(generated.every((row) => row.asset.length === ASSET_COLUMNS.length)).toBe(true);
  });

  it('gives each asset a register event, then the app’s moves up to its status', () => {
    for (const { asset, events } of generated) {
      const [first, ...moves] = events;
      expect(first?.[eventColumn('action')]).toBe('register');
      let status = first?.[eventColumn('to_status')];
      for (const move of moves) {
        const rule = ASSET_TRANSITION_RULES[move[eventColumn('action')] as AssetTransition];
        expect(rule.from).toContain(status);
        expect(move[eventColumn('from_status')]).toBe(status);
        expect(move[eventColumn('to_status')]).toBe(rule.to);
        expect(move[eventColumn('document_ref')] !== null).toBe(rule.documentRequired);
        status = rule.to;
      }
      expect(asset[column('status')]).toBe(status);
      expect(asset[column('version')]).toBe(events.length);
      expect(events.every((event) => event.length === ASSET_EVENT_COLUMNS.length)).toBe(true);
    }
  });

  it('spreads the assets along the transfer line and is the same for the same seed', () => {
    const statuses = new Set(generated.map((row) => row.asset[column('status')]));
    expect([...statuses].sort()).toEqual([...ASSET_STATUSES].sort());
    expect(generateAssets(projects, 200, 1)).toEqual(generated);
    expect(generateAssets(projects, 200, 2)).not.toEqual(generated);
  });

  it('searches by what the app indexes: code and description in lower case', () => {
    const text = String(generated[0]?.asset[column('search_text')]);
    expect(text).toContain('p30-2567-0001-a01');
    expect(text).toContain('ก่อสร้างถนน');
  });
});
