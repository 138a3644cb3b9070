import { z } from 'zod';
import { roleSchema } from '../auth/roles.js';
import { bilingualSchema } from '../common/problem.js';
import { WORKFLOW_STEPS } from '../regulations/vocabulary.js';

export const trainingEventSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  heldOn: z.iso.date(),
  venue: z.string(),
  organiser: z.string(),
  provinceCode: z.string().nullable(),
  topics: z.array(z.enum(WORKFLOW_STEPS)),
  provisionIds: z.array(z.uuid()),
  plannedParticipants: z.number().int().nullable(),
  participants: z.array(
    z.object({
      userId: z.uuid(),
      displayName: z.string(),
      provinceCode: z.string().nullable(),
      attended: z.boolean(),
      /** The participant's last knowledge-check result, where the reader may see it. */
      check: z.object({ score: z.number().int(), total: z.number().int(), passed: z.boolean() }).nullable(),
    }),
  ),
  questionCount: z.number().int(),
  isDemo: z.boolean(),
});
export type TrainingEvent = z.infer<typeof trainingEventSchema>;

/** A province's (topic, role) pairs with nobody trained. */
export const untrainedSchema = z.object({
  provinceCode: z.string(),
  flags: z.array(
    z.object({
      topic: z.enum(WORKFLOW_STEPS),
      topicLabel: bilingualSchema,
      role: roleSchema,
      holders: z.number().int(),
    }),
  ),
});
export type Untrained = z.infer<typeof untrainedSchema>;
