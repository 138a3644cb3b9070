import { describe, expect, it } from 'vitest';
import { OPEN_DATASET_NAMES } from './datasets.js';
import { columnsOf, dataDictionary } from './dictionary.js';
import { isPublishedProjectStatus } from './publication.js';

describe('the data dictionary', () => {
  it('describes every column of every dataset in Thai and English, in CSV column order', () => {
    const dictionary = dataDictionary();
    expect(dictionary.datasets.map((dataset) => dataset.name)).toEqual(OPEN_DATASET_NAMES);
    for (const dataset of dictionary.datasets) {
      expect(dataset.fields.map((field) => field.name)).toEqual(columnsOf(dataset.name as 'projects'));
      for (const field of dataset.fields) {
        expect(field.th, `${dataset.name}.${field.name}`).not.toBe('');
        expect(field.en, `${dataset.name}.${field.name}`).not.toBe('');
      }
    }
  });

  it('types integers, numbers and nullable text from the schema', () => {
    const projects = dataDictionary().datasets.find((dataset) => dataset.name === 'projects');
    const field = (name: string) => projects?.fields.find((item) => item.name === name);
    expect(field('fiscalYear')).toMatchObject({ type: 'integer', nullable: false });
    expect(field('latitude')).toMatchObject({ type: 'number', nullable: true });
    expect(field('objective')).toMatchObject({ type: 'string', nullable: true });
    expect(field('totalSatang')?.en).toContain('satang');
  });
});

describe('what is published', () => {
  it('starts at the action plan and leaves out ideas, proposals and projects dropped before the budget', () => {
    expect(isPublishedProjectStatus('in_action_plan')).toBe(true);
    expect(isPublishedProjectStatus('closed')).toBe(true);
    expect(isPublishedProjectStatus('carried_over')).toBe(true);
    for (const status of ['idea', 'proposal', 'readiness_checked', 'cut', 'deferred', 'cancelled'] as const) {
      expect(isPublishedProjectStatus(status), status).toBe(false);
    }
  });
});
