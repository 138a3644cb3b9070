import { describe, expect, it } from 'vitest';
import { projectUpdateSchema } from '../../../domain/projects/project-input.js';
import { projectFixture } from '../../../domain/projects/test-fixtures.js';
import { formValuesToUpdate, projectToFormValues, toFormFieldErrors, typedTotal } from './projectForm.js';

const point = { type: 'Point' as const, coordinates: [102.1, 14.9] as [number, number] };
const project = projectFixture({
  id: '00000000-0000-4000-8000-000000000001',
  status: 'proposal',
  version: 7,
  locations: [{ areaCode: '300101', areaNameTh: null, geometry: point }],
  links: { ...projectFixture().links, needIds: ['00000000-0000-4000-8000-000000000009'] },
  budgetLines: [{ ...projectFixture().budgetLines[0]!, amountSatang: '1250000050' }],
});

describe('project form values', () => {
  it('round-trips money to the satang and keeps geometry, needs and the version', () => {
    const values = projectToFormValues(project);
    expect(values.budgetLines?.[0]?.amountBaht).toBe('12500000.50');
    const update = formValuesToUpdate({ ...values, areaCodes: ['300101', '300102'] }, project);
    expect(update.budgetLines?.[0]?.amountSatang).toBe('1250000050');
    expect(update.schedule).toEqual([{ fiscalYear: 2568, amountSatang: '1250000050' }]);
    expect(update.locations).toEqual([
      { areaCode: '300101', geometry: point },
      { areaCode: '300102', geometry: null },
    ]);
    expect(update.links?.needIds).toEqual(project.links.needIds);
    expect(update.version).toBe(7);
    expect(projectUpdateSchema.safeParse(update).success).toBe(true);
  });

  it('sends no budget lines or schedule once the budget is locked', () => {
    const update = formValuesToUpdate(projectToFormValues(project), { ...project, budgetLocked: true });
    expect(update).not.toHaveProperty('budgetLines');
    expect(update).not.toHaveProperty('schedule');
  });

  it('lets the contract name an unreadable amount instead of guessing it', () => {
    const values = projectToFormValues(project);
    const update = formValuesToUpdate(
      { ...values, budgetLines: [{ ...values.budgetLines?.[0], amountBaht: 'abc' }] },
      project,
    );
    expect(projectUpdateSchema.safeParse(update).success).toBe(false);
    expect(typedTotal([{ amountBaht: '1,000.25' }, { amountBaht: 'abc' }, { amountBaht: null }])).toBe(
      100025n,
    );
  });

  it('puts contract errors on the fields the form shows', () => {
    expect(
      toFormFieldErrors([
        { name: ['budgetLines', 0, 'amountSatang'], errors: ['x'] },
        { name: ['locations', 3, 'areaCode'], errors: ['y'] },
        { name: ['links', 'kpiIds'], errors: ['z'] },
      ]).map((error) => error.name),
    ).toEqual([['budgetLines', 0, 'amountBaht'], ['areaCodes'], ['kpiIds']]);
  });
});
