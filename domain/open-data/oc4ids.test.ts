import { describe, expect, it } from 'vitest';
import type { OpenProject } from './datasets.js';
import { oc4idsPackage, toOc4idsProject } from './oc4ids.js';

const project: OpenProject = {
  externalId: 'oc4ids-areaplan-P30-2569-0001',
  code: 'P30-2569-0001',
  fiscalYear: 2569,
  provinceCode: '30',
  provinceName: 'นครราชสีมา',
  scope: 'province',
  title: 'ถนน',
  objective: null,
  budgetType: 'investment',
  category: 'construction',
  status: 'closed',
  statusLabel: 'ปิดโครงการ',
  totalSatang: '123456789',
  committedSatang: '0',
  disbursedSatang: '0',
  beneficiaryHouseholds: null,
  beneficiaryPeople: null,
  implementingAgency: null,
  emenscrCode: null,
  budgetBureauCode: 'BB-1',
  gfmisCode: null,
  egpNumber: '66019000000',
  latitude: null,
  longitude: null,
  updatedAt: '2026-03-01T00:00:00.000Z',
};

describe('toOc4idsProject', () => {
  it('maps money to baht, the status to the codelist and only the identifiers that exist', () => {
    const mapped = toOc4idsProject(project, [{ areaCode: '300101', areaName: 'ในเมือง', geometry: null }]);
    expect(mapped.budget.amount).toEqual({ amount: 1234567.89, currency: 'THB' });
    expect(mapped.status).toBe('completed');
    expect(mapped.identifiers).toEqual([
      { id: 'BB-1', scheme: 'TH-BB' },
      { id: '66019000000', scheme: 'TH-EGP' },
    ]);
    expect(mapped).not.toHaveProperty('description');
    expect(mapped.locations).toEqual([
      { id: '300101', description: 'ในเมือง', gazetteer: { scheme: 'TH-DOPA', identifiers: ['300101'] } },
    ]);
  });

  it('dates the package by its latest project so the bytes (and ETag) stay the same until data changes', () => {
    const older = toOc4idsProject({ ...project, updatedAt: '2026-01-01T00:00:00.000Z' }, []);
    const newer = toOc4idsProject(project, []);
    expect(oc4idsPackage('https://x.example/p', [older, newer]).publishedDate).toBe(project.updatedAt);
  });
});
