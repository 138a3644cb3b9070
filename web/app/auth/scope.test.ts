import { describe, expect, it } from 'vitest';
import { focusProvince, isNational, scopeProvinces } from './scope.js';

describe('dashboard scope', () => {
  it('speaks about a scoped planner’s own province, not the whole country', () => {
    const planner = { viewScope: ['30'] };
    expect(isNational(planner)).toBe(false);
    expect(focusProvince(planner, null)).toBe('30');
    expect(focusProvince(planner, '3001')).toBe('30');
  });

  it('keeps the whole country for a national user until an area is picked', () => {
    const analyst = { viewScope: ['national'] };
    expect(isNational(analyst)).toBe(true);
    expect(focusProvince(analyst, null)).toBeNull();
    expect(focusProvince(analyst, '50')).toBe('50');
  });

  it('reads the provinces of district scopes once each and leaves cluster references to the server', () => {
    expect(scopeProvinces({ viewScope: ['3001', '3002', '50', 'cluster:8'] })).toEqual(['30', '50']);
  });
});
