import { asc, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ProgrammeInput, TargetsInput } from '../../../domain/programmes/programme-input.js';
import type { Programme } from '../../../domain/programmes/responses.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction, inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { invalid, notFound } from '../../platform/http/errors.js';
import { assertCurrentArea } from '../areas/public.js';
import { presentProgramme, presentProgrammeSummary } from './presenter.js';
import { programmeComponents, programmeIndicators, programmes, programmeTargets } from './tables.js';

export const PROGRAMME = { th: 'โครงการสำคัญ', en: 'Programme' };

/** A programme with its projects, indicators and reporting periods. */
export async function loadProgramme(tx: Queryable, id: string): Promise<Programme> {
  const [row] = await tx.select().from(programmes).where(eq(programmes.id, id));
  if (!row) {
    throw notFound(PROGRAMME);
  }
  const components = await tx
    .select()
    .from(programmeComponents)
    .where(eq(programmeComponents.programmeId, id))
    .orderBy(asc(programmeComponents.sortOrder));
  const indicators = await tx
    .select()
    .from(programmeIndicators)
    .where(eq(programmeIndicators.programmeId, id))
    .orderBy(asc(programmeIndicators.sortOrder));
  return presentProgramme(row, components, indicators);
}

export async function listProgrammes(deps: DatabaseDeps, actor: Actor) {
  authorize(actor, 'programme.read');
  const rows = await inActorReadTransaction(deps.database, actor, (tx) =>
    tx.select().from(programmes).orderBy(desc(programmes.startDate), asc(programmes.code)),
  );
  return { items: rows.map(presentProgrammeSummary) };
}

export async function getProgramme(deps: DatabaseDeps, actor: Actor, id: string) {
  authorize(actor, 'programme.read');
  return inActorReadTransaction(deps.database, actor, (tx) => loadProgramme(tx, id));
}

/** Inserts a programme with its projects and indicators (the centre, or the demo seed). */
export async function insertProgramme(
  tx: Queryable,
  input: ProgrammeInput,
  extra: { createdBy: string | null; isDemo: boolean },
): Promise<string> {
  const { components, ...fields } = input;
  const [row] = await tx
    .insert(programmes)
    .values({ ...fields, ...extra })
    .returning({ id: programmes.id });
  if (!row) {
    throw new Error('programme insert returned no row');
  }
  for (const [sortOrder, { indicators, ...component }] of components.entries()) {
    const [inserted] = await tx
      .insert(programmeComponents)
      .values({ ...component, programmeId: row.id, sortOrder })
      .returning({ id: programmeComponents.id });
    await tx.insert(programmeIndicators).values(
      indicators.map((indicator, index) => ({
        ...indicator,
        programmeId: row.id,
        componentId: inserted?.id ?? '',
        sortOrder: index,
      })),
    );
  }
  return row.id;
}

/** Creates a programme (the centre); audited. A taken code is a 409 (unique index). */
export async function createProgramme(deps: DatabaseDeps, actor: Actor, input: ProgrammeInput) {
  authorize(actor, 'programme.configure');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const id = await insertProgramme(tx, input, { createdBy: actor.userId, isDemo: false });
    await recordAudit(tx, actor, { entityType: 'programme', entityId: id, action: 'create', after: input });
    return loadProgramme(tx, id);
  });
}

/** The programme's targets, all provinces (national data). */
export async function listTargets(deps: DatabaseDeps, actor: Actor, id: string) {
  authorize(actor, 'programme.read');
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    await loadProgramme(tx, id);
    return listTargetsIn(tx, id);
  });
}

/** Sets targets per indicator and province (the centre); each pair given is replaced; audited. */
export async function setTargets(deps: DatabaseDeps, actor: Actor, id: string, input: TargetsInput) {
  authorize(actor, 'programme.configure');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const programme = await loadProgramme(tx, id);
    const known = new Set(programme.components.flatMap((c) => c.indicators.map((indicator) => indicator.id)));
    const foreign = input.targets.findIndex((target) => !known.has(target.indicatorId));
    if (foreign >= 0) {
      throw invalid([
        {
          path: `targets.${foreign}.indicatorId`,
          message: { th: 'ตัวชี้วัดนี้ไม่อยู่ในโครงการนี้', en: 'The indicator is not one of this programme' },
        },
      ]);
    }
    for (const [index, provinceCode] of [...new Set(input.targets.map((t) => t.provinceCode))].entries()) {
      await assertCurrentArea(tx, provinceCode, `targets.${index}.provinceCode`);
    }
    for (const target of input.targets) {
      await tx
        .insert(programmeTargets)
        .values({ ...target, programmeId: id })
        .onConflictDoUpdate({
          target: [programmeTargets.indicatorId, programmeTargets.provinceCode],
          set: { value: target.value, updatedAt: new Date() },
        });
    }
    await recordAudit(tx, actor, {
      entityType: 'programme_targets',
      entityId: id,
      action: 'update',
      after: { targets: input.targets },
    });
    return listTargetsIn(tx, id);
  });
}

async function listTargetsIn(tx: Queryable, id: string) {
  const rows = await tx
    .select()
    .from(programmeTargets)
    .where(eq(programmeTargets.programmeId, id))
    .orderBy(asc(programmeTargets.provinceCode));
  return {
    items: rows.map(({ indicatorId, provinceCode, value }) => ({ indicatorId, provinceCode, value })),
  };
}
