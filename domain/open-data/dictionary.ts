import { z } from 'zod';
import { OPEN_DATASET_FIELDS, OPEN_DATASETS, OPEN_DATASET_NAMES, type OpenDatasetName } from './datasets.js';

export const dictionaryFieldSchema = z.object({
  name: z.string(),
  type: z.string(),
  nullable: z.boolean(),
  th: z.string(),
  en: z.string(),
});
export const dictionarySchema = z.object({
  datasets: z.array(z.object({ name: z.string(), fields: z.array(dictionaryFieldSchema) })),
});
export type DataDictionary = z.infer<typeof dictionarySchema>;

function typeOf(field: z.ZodType): { type: string; nullable: boolean } {
  const nullable = field instanceof z.ZodNullable;
  const inner = nullable ? (field as z.ZodNullable<z.ZodType>).unwrap() : field;
  const type = inner instanceof z.ZodNumber ? (inner.format === 'safeint' ? 'integer' : 'number') : 'string';
  return { type, nullable };
}

/** Column names (the CSV header, in order) of a dataset. */
export function columnsOf(name: OpenDatasetName): string[] {
  return Object.keys(OPEN_DATASETS[name].shape);
}

/** Every dataset's fields with their type and Thai and English meaning. */
export function dataDictionary(): DataDictionary {
  return {
    datasets: OPEN_DATASET_NAMES.map((name) => ({
      name,
      fields: Object.entries(OPEN_DATASET_FIELDS[name]).map(([field, { schema, words }]) => ({
        name: field,
        ...typeOf(schema),
        th: words.th,
        en: words.en,
      })),
    })),
  };
}
