import { describe, expect, it } from 'vitest';
import { allowedActions, decide, type Actor } from './policy.js';
import { normaliseScope, provincesOf, scopeCovers } from './scope.js';

const planner: Actor = {
  userId: 'u1',
  roles: ['provincial_planner'],
  captureScope: { all: false, areaCodes: ['30'] },
  viewScope: { all: false, areaCodes: ['30'] },
};
const districtOfficer: Actor = {
  userId: 'u2',
  roles: ['district_officer'],
  captureScope: { all: false, areaCodes: ['3001'] },
  viewScope: { all: false, areaCodes: ['30'] },
};
const auditor: Actor = {
  userId: 'u3',
  roles: ['auditor'],
  captureScope: { all: false, areaCodes: [] },
  viewScope: { all: true, areaCodes: [] },
};
const admin: Actor = {
  userId: 'u4',
  roles: ['system_admin'],
  captureScope: { all: true, areaCodes: [] },
  viewScope: { all: true, areaCodes: [] },
};

describe('scope', () => {
  it('covers an area and everything below it by DOPA prefix', () => {
    const scope = { all: false, areaCodes: ['3001'] };
    expect(scopeCovers(scope, '3001')).toBe(true);
    expect(scopeCovers(scope, '30010101')).toBe(true);
    expect(scopeCovers(scope, '3002')).toBe(false);
    expect(scopeCovers(scope, '30')).toBe(false);
  });

  it('covers national records only with a national scope', () => {
    expect(scopeCovers({ all: false, areaCodes: ['30'] }, null)).toBe(false);
    expect(scopeCovers({ all: true, areaCodes: [] }, null)).toBe(true);
  });

  it('gives the provinces for the row-level-security wall', () => {
    expect(provincesOf({ all: false, areaCodes: ['3001', '300201', '50'] })).toEqual(['30', '50']);
  });

  it('keeps the narrowest set of codes', () => {
    expect(normaliseScope(['3001', '30', '300101', '50', '50'])).toEqual(['30', '50']);
  });
});

describe('policy', () => {
  it('allows a planner to manage agencies inside the capture scope only', () => {
    expect(decide(planner, 'agency.manage', '3001')).toEqual({ allowed: true });
    expect(decide(planner, 'agency.manage', '5001')).toEqual({ allowed: false, reason: 'scope' });
    expect(decide(planner, 'agency.manage', null)).toEqual({ allowed: false, reason: 'scope' });
  });

  it('lets a district officer read the province but write nowhere without the role', () => {
    expect(decide(districtOfficer, 'agency.read', '3002')).toEqual({ allowed: true });
    expect(decide(districtOfficer, 'agency.manage', '3001')).toEqual({ allowed: false, reason: 'role' });
  });

  it('keeps the auditor read-only everywhere', () => {
    expect(decide(auditor, 'audit.read', '50')).toEqual({ allowed: true });
    expect(decide(auditor, 'agency.manage', '50')).toEqual({ allowed: false, reason: 'role' });
    expect(decide(auditor, 'user.manage')).toEqual({ allowed: false, reason: 'role' });
  });

  it('reserves user management for administrators', () => {
    expect(decide(admin, 'user.manage')).toEqual({ allowed: true });
    expect(decide(planner, 'user.manage')).toEqual({ allowed: false, reason: 'role' });
  });

  it('lists the actions a user holds a role for', () => {
    expect(allowedActions(auditor)).toEqual([
      'area.read',
      'agency.read',
      'user.read',
      'audit.read',
      'job.read',
      'need.read',
      'alignment.read',
      'plan.read',
      'project.read',
      'approval.read',
      'action_plan.read',
      'budget.read',
    ]);
    expect(allowedActions(admin)).toContain('area.importVillages');
    expect(allowedActions(auditor)).not.toContain('project.edit');
  });
});
