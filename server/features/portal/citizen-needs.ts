import { randomInt } from 'node:crypto';
import { eq, lt, sql } from 'drizzle-orm';
import type { Bilingual } from '../../../domain/common/bilingual.js';
import { CHALLENGE_TTL_MINUTES, challengeProblem, makeChallenge } from '../../../domain/portal/challenge.js';
import type { CitizenNeed } from '../../../domain/portal/need-submission.js';
import { fiscalYearOf } from '../../../domain/thai/fiscal-year.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { selectRows } from '../../platform/db/client.js';
import { inActorTransaction, inSystemTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/http/errors.js';
import { recordNeedFromOutside } from '../needs/public.js';
import { inPublicReadTransaction } from '../open-data/public.js';
import { portalChallenges } from './tables.js';

/** A fresh single-use question; challenges a day past their expiry are pruned on the way. */
export async function issueChallenge(deps: DatabaseDeps): Promise<{ id: string; question: Bilingual }> {
  const challenge = makeChallenge(() => randomInt(9));
  const now = new Date();
  return inSystemTransaction(deps.database, async (tx) => {
    await tx
      .delete(portalChallenges)
      .where(lt(portalChallenges.expiresAt, new Date(now.getTime() - 86_400_000)));
    const [row] = await tx
      .insert(portalChallenges)
      .values({
        answer: challenge.answer,
        expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MINUTES * 60_000),
      })
      .returning({ id: portalChallenges.id });
    return { id: row?.id ?? '', question: challenge.question };
  });
}

const CHALLENGE_MESSAGES: Record<NonNullable<ReturnType<typeof challengeProblem>> | 'missing', Bilingual> = {
  wrong: { th: 'คำตอบของคำถามยืนยันไม่ถูกต้อง', en: 'The answer to the question is wrong' },
  used: { th: 'แบบฟอร์มนี้ส่งไปแล้ว กรุณากรอกใหม่', en: 'This form was already sent; fill in a new one' },
  expired: { th: 'แบบฟอร์มหมดเวลา กรุณากรอกใหม่', en: 'The form expired; fill in a new one' },
  'too-fast': { th: 'ส่งเร็วเกินไป กรุณาตรวจสอบแล้วส่งอีกครั้ง', en: 'Sent too fast; check and send again' },
  missing: { th: 'แบบฟอร์มไม่ถูกต้อง กรุณากรอกใหม่', en: 'The form is not valid; fill in a new one' },
};

export const challengeRefused = (reason: keyof typeof CHALLENGE_MESSAGES): AppError =>
  new AppError({ status: 400, code: 'challenge', message: CHALLENGE_MESSAGES[reason] });

/** Uses up the challenge whatever the answer, so each try needs a new question. */
async function consumeChallenge(deps: DatabaseDeps, id: string, answer: string): Promise<void> {
  const problem = await inSystemTransaction(deps.database, async (tx) => {
    const [row] = await tx.select().from(portalChallenges).where(eq(portalChallenges.id, id)).for('update');
    if (!row) {
      return 'missing' as const;
    }
    await tx
      .update(portalChallenges)
      .set({ usedAt: sql`now()` })
      .where(eq(portalChallenges.id, id));
    return challengeProblem(row, answer, new Date());
  });
  if (problem) {
    throw challengeRefused(problem);
  }
}

/** Whether the area is a district or subdistrict in force of the province, and the topic is open. */
async function placeAndTopicExist(deps: DatabaseDeps, provinceCode: string, input: CitizenNeed) {
  const [found] = await inPublicReadTransaction(deps.database, (tx) =>
    selectRows<{ area: boolean; dimension: boolean }>(
      tx,
      sql`select exists (select 1 from open_areas where code = ${input.areaCode} and province_code = ${provinceCode}) as area,
        exists (select 1 from open_need_dimensions where id = ${input.dimensionId}) as dimension`,
    ),
  );
  return { area: found?.area === true, dimension: found?.dimension === true };
}

/**
 * The writer of a citizen's need: no user, allowed to write in that one province only, so the
 * needs table's province wall checks the row as it would a planner's.
 */
const portalWriter = (provinceCode: string): Actor => ({
  userId: '00000000-0000-0000-0000-000000000000',
  roles: [],
  viewScope: { all: false, areaCodes: [provinceCode] },
  captureScope: { all: false, areaCodes: [provinceCode] },
});

/**
 * Enters a citizen's need into the province's screening queue ("received", origin public portal)
 * once the hidden field is empty, the place belongs to the province and the challenge passes.
 */
export async function submitCitizenNeed(deps: DatabaseDeps, provinceCode: string, input: CitizenNeed) {
  if (input.website !== '') {
    throw challengeRefused('missing');
  }
  const exists = await placeAndTopicExist(deps, provinceCode, input);
  const fieldErrors = [
    !exists.area && {
      path: 'areaCode',
      message: {
        th: 'กรุณาเลือกอำเภอหรือตำบลของจังหวัดนี้',
        en: 'Choose a district or subdistrict of this province',
      },
    },
    !exists.dimension && { path: 'dimensionId', message: { th: 'กรุณาเลือกด้าน', en: 'Choose a topic' } },
  ].filter((error) => error !== false);
  if (fieldErrors.length > 0) {
    throw new AppError({
      status: 400,
      code: 'validation',
      message: { th: 'ข้อมูลไม่ถูกต้อง', en: 'The request is not valid' },
      fieldErrors,
    });
  }
  await consumeChallenge(deps, input.challengeId, input.answer);
  return inActorTransaction(deps.database, portalWriter(provinceCode), (tx) =>
    recordNeedFromOutside(
      tx,
      {
        areaCode: input.areaCode,
        title: input.title,
        description: input.description,
        origin: 'public_portal',
        sourceDocument: null,
        sourceDate: null,
        dimensionId: input.dimensionId,
        households: input.households,
        people: input.people,
        sourcePriority: null,
        fiscalYear: fiscalYearOf(new Date()),
      },
      'public portal / เว็บไซต์สาธารณะ',
    ),
  );
}
