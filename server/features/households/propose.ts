import { and, eq, inArray, sql } from 'drizzle-orm';
import { provinceCodeOf } from '../../../domain/areas/area-code.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { DEFAULT_PROPOSAL_THRESHOLD } from '../../../domain/households/counts.js';
import { SHORTFALL_DIMENSION_LABELS } from '../../../domain/households/household.js';
import type { ProposalInput } from '../../../domain/households/household-input.js';
import type { Proposal } from '../../../domain/households/household-response.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict } from '../../platform/http/errors.js';
import { areas } from '../areas/tables.js';
import { citeOnNeed, indicatorIdOf } from '../indicators/public.js';
import { createNeed } from '../needs/public.js';
import { stillShort } from './counts.js';
import { currentSurveyYear, feedIndicatorValues, householdIndicatorCode } from './indicator-feed.js';
import { householdMembers, householdNeedProposals, households } from './tables.js';

/** The evidence a proposal cites: anonymised counts only, never a household or a person. */
function evidenceText(
  subdistrictName: string,
  dimension: string,
  households: number,
  people: number,
  asOf: string,
) {
  return [
    `หลักฐานจากข้อมูลครัวเรือนเป้าหมาย (นับแบบไม่ระบุตัวตน) ณ วันที่ ${asOf}:`,
    `ตำบล${subdistrictName} มีครัวเรือนที่ยังขาด${dimension} ${households.toLocaleString('th-TH')} ครัวเรือน`,
    `สมาชิกรวม ${people.toLocaleString('th-TH')} คน (สถานะพบปัญหาหรือได้รับความช่วยเหลือแล้วแต่ยังไม่พ้นภาวะยากลำบาก)`,
  ].join('\n');
}

/**
 * POST /household-counts/proposals: a subdistrict with at least the threshold of households still short
 * in a dimension proposes a need through the needs service, citing the counts; once per pair.
 */
export async function proposeNeed(deps: DatabaseDeps, actor: Actor, input: ProposalInput): Promise<Proposal> {
  authorize(actor, 'household_count.propose', input.subdistrictCode);
  const provinceCode = provinceCodeOf(input.subdistrictCode);
  const asOf = toBangkokIsoDate(new Date());
  const evidence = await inActorTransaction(deps.database, actor, async (tx) => {
    const [existing] = await tx
      .select()
      .from(householdNeedProposals)
      .where(
        and(
          eq(householdNeedProposals.subdistrictCode, input.subdistrictCode),
          eq(householdNeedProposals.dimension, input.dimension),
        ),
      );
    if (existing) {
      throw conflict(
        {
          th: 'ตำบลนี้เสนอความต้องการด้านนี้ไปแล้ว',
          en: 'This subdistrict already proposed a need in this dimension',
        },
        { needId: existing.needId },
      );
    }
    const [count] = await stillShort(tx, {
      provinceCode,
      subdistrictCode: input.subdistrictCode,
      dimension: input.dimension,
    });
    const householdsShort = count?.households ?? 0;
    if (householdsShort < DEFAULT_PROPOSAL_THRESHOLD) {
      throw conflict({
        th: `ครัวเรือนที่ยังขาดด้านนี้มีไม่ถึง ${DEFAULT_PROPOSAL_THRESHOLD} ครัวเรือน`,
        en: `Fewer than ${DEFAULT_PROPOSAL_THRESHOLD} households are still short in this dimension`,
      });
    }
    const [people] = await tx
      .select({ people: sql<number>`count(*)::int` })
      .from(householdMembers)
      .where(
        inArray(
          householdMembers.householdId,
          tx
            .select({ id: households.id })
            .from(households)
            .where(
              and(
                eq(households.provinceCode, provinceCode),
                eq(households.subdistrictCode, input.subdistrictCode),
                inArray(households.status, ['identified', 'helped']),
                sql`${input.dimension} = any(${households.shortfalls})`,
              ),
            ),
        ),
      );
    const [area] = await tx
      .select({ nameTh: areas.nameTh })
      .from(areas)
      .where(eq(areas.code, input.subdistrictCode));
    return {
      households: householdsShort,
      people: Number(people?.people ?? 0),
      name: area?.nameTh ?? input.subdistrictCode,
    };
  });
  const dimension = SHORTFALL_DIMENSION_LABELS[input.dimension].th;
  const need = await createNeed(deps, actor, {
    areaCode: input.subdistrictCode,
    title: `ครัวเรือนยากลำบาก${dimension} ตำบล${evidence.name}`,
    description: evidenceText(evidence.name, dimension, evidence.households, evidence.people, asOf),
    origin: 'agency',
    sourceDocument: 'ข้อมูลครัวเรือนเป้าหมาย (Thai QM) ในระบบ AreaPlan',
    sourceDate: asOf,
    dimensionId: input.needDimensionId,
    households: evidence.households,
    people: evidence.people,
    fiscalYear: input.fiscalYear,
  });
  await inActorTransaction(deps.database, actor, async (tx) => {
    // The counts become an indicator figure the need cites, so the evidence reads like any other.
    const year = currentSurveyYear();
    await feedIndicatorValues(
      tx,
      [
        {
          subdistrictCode: input.subdistrictCode,
          dimension: input.dimension,
          households: evidence.households,
        },
      ],
      year,
    );
    const indicatorId = await indicatorIdOf(tx, householdIndicatorCode(input.dimension));
    if (indicatorId) {
      await citeOnNeed(tx, actor, { id: need.id, provinceCode }, [
        { indicatorId, areaCode: input.subdistrictCode, year },
      ]);
    }
    await tx.insert(householdNeedProposals).values({
      needId: need.id,
      provinceCode,
      subdistrictCode: input.subdistrictCode,
      dimension: input.dimension,
      households: evidence.households,
      asOf,
      createdBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      entityType: 'household_proposal',
      entityId: need.id,
      action: 'propose_need',
      after: {
        subdistrictCode: input.subdistrictCode,
        dimension: input.dimension,
        households: evidence.households,
      },
      provinceCode,
    });
  });
  return {
    needId: need.id,
    subdistrictCode: input.subdistrictCode,
    dimension: input.dimension,
    households: evidence.households,
    asOf,
  };
}
