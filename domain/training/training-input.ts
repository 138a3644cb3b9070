import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { isoDate, shortText } from '../spending/fields.js';
import { WORKFLOW_STEPS } from '../regulations/vocabulary.js';

const provinceCode = z
  .string()
  .regex(/^\d{2}$/, bilingualMessage('รหัสจังหวัดต้องเป็นตัวเลข 2 หลัก', 'A province code is 2 digits'));

/** A training event: national (no province) or a province's own; topics are workflow steps. */
export const trainingEventInputSchema = z
  .object({
    title: shortText(500),
    heldOn: isoDate,
    venue: shortText(300),
    organiser: shortText(300),
    provinceCode: provinceCode.nullish(),
    topics: z.array(z.enum(WORKFLOW_STEPS)).min(1).max(WORKFLOW_STEPS.length),
    /** Provisions of the regulations library the event taught. */
    provisionIds: z.array(z.uuid()).max(50).default([]),
    plannedParticipants: z.number().int().min(0).max(100_000).nullish(),
  })
  .strict();
export type TrainingEventInput = z.infer<typeof trainingEventInputSchema>;

/** Participants from the user list with their attendance; each user given is replaced. */
export const participantsInputSchema = z
  .object({
    participants: z
      .array(z.object({ userId: z.uuid(), attended: z.boolean() }).strict())
      .min(1)
      .max(1000)
      .refine((items) => new Set(items.map((item) => item.userId)).size === items.length, {
        ...bilingualMessage('ผู้เข้าอบรมซ้ำกัน', 'A participant appears twice'),
      }),
  })
  .strict();
export type ParticipantsInput = z.infer<typeof participantsInputSchema>;

export const trainingProvinceParams = z.object({ provinceCode });
