import { and, inArray } from 'drizzle-orm';
import { PRIMARY_LEVEL } from '../../../domain/alignment/alignment.js';
import type { ProjectChildren } from './writes.js';
import type { Queryable } from '../../platform/db/client.js';
import { invalid, type FieldError } from '../../platform/http/errors.js';
import { agencies } from '../agencies/tables.js';
import { alignmentNodes } from '../alignment/tables.js';
import { areas } from '../areas/tables.js';
import { closedAreaMessages, isOpenArea } from '../areas/public.js';
import { needs } from '../needs/tables.js';
import { planApproaches, planIssues, planItems, planKpis } from '../plans/child-tables.js';

/** What a project refers to; each id must exist (and areas lie in the project's provinces). */
export type ProjectReferences = ProjectChildren & {
  implementingAgencyId?: string | null | undefined;
  receiverAgencyId?: string | null | undefined;
};

const unknown = (path: string, what: string, whatEn: string): FieldError => ({
  path,
  message: { th: `ไม่พบ${what}ที่อ้างถึง`, en: `Unknown ${whatEn}` },
});

async function existing(
  ids: string[],
  read: (ids: string[]) => Promise<{ id: string }[]>,
): Promise<Set<string>> {
  return ids.length === 0 ? new Set() : new Set((await read(ids)).map((row) => row.id));
}

/**
 * Throws one 400 listing every reference that does not resolve: agencies, areas outside the
 * project's provinces, plan links, KPIs, needs (as the actor sees them) and national alignment
 * nodes, whose one primary link must be a Y1 sub-plan target.
 */
export async function assertProjectReferences(
  tx: Queryable,
  provinces: readonly string[],
  input: ProjectReferences,
): Promise<void> {
  const errors: FieldError[] = [];
  const agencyIds = [input.implementingAgencyId, input.receiverAgencyId].filter((id): id is string => !!id);
  const foundAgencies = await existing(agencyIds, (ids) =>
    tx.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, ids)),
  );
  if (input.implementingAgencyId && !foundAgencies.has(input.implementingAgencyId)) {
    errors.push(unknown('implementingAgencyId', 'หน่วยงานดำเนินการ', 'implementing agency'));
  }
  if (input.receiverAgencyId && !foundAgencies.has(input.receiverAgencyId)) {
    errors.push(unknown('receiverAgencyId', 'หน่วยงานรับมอบ', 'receiving agency'));
  }
  const codes = (input.locations ?? []).map((location) => location.areaCode);
  const openAreas = await existing(codes, async (ids) =>
    (
      await tx
        .select({ code: areas.code })
        .from(areas)
        .where(and(inArray(areas.code, ids), isOpenArea()))
    ).map((row) => ({ id: row.code })),
  );
  const closed = await closedAreaMessages(tx, codes);
  codes.forEach((code, index) => {
    if (!openAreas.has(code) || !provinces.includes(code.slice(0, 2))) {
      errors.push({
        path: `locations.${index}.areaCode`,
        message: closed.get(code) ?? {
          th: `พื้นที่ ${code} ไม่มีอยู่ ถูกยุบแล้ว หรืออยู่นอกจังหวัดของโครงการ`,
          en: `Area ${code} is unknown, closed or outside the project's provinces`,
        },
      });
    }
  });
  (input.provinceShares ?? []).forEach((share, index) => {
    if (!provinces.includes(share.provinceCode)) {
      errors.push({
        path: `provinceShares.${index}.provinceCode`,
        message: { th: 'จังหวัดนี้ไม่อยู่ในพื้นที่ของโครงการ', en: "The province is not one of the project's" },
      });
    }
  });
  const links = input.links;
  if (links) {
    const checks = [
      {
        id: links.planItemId,
        path: 'links.planItemId',
        table: planItems,
        th: 'รายการชุดโครงการ',
        en: 'project-set item',
      },
      {
        id: links.planIssueId,
        path: 'links.planIssueId',
        table: planIssues,
        th: 'ประเด็นการพัฒนา',
        en: 'plan issue',
      },
      {
        id: links.planApproachId,
        path: 'links.planApproachId',
        table: planApproaches,
        th: 'แนวทางการพัฒนา',
        en: 'approach',
      },
    ] as const;
    for (const check of checks) {
      if (
        check.id &&
        (
          await existing([check.id], (ids) =>
            tx.select({ id: check.table.id }).from(check.table).where(inArray(check.table.id, ids)),
          )
        ).size === 0
      ) {
        errors.push(unknown(check.path, check.th, check.en));
      }
    }
    const kpis = await existing(links.kpiIds, (ids) =>
      tx.select({ id: planKpis.id }).from(planKpis).where(inArray(planKpis.id, ids)),
    );
    links.kpiIds.forEach(
      (id, index) => kpis.has(id) || errors.push(unknown(`links.kpiIds.${index}`, 'ตัวชี้วัด', 'KPI')),
    );
    const found = await existing(links.needIds, (ids) =>
      tx.select({ id: needs.id }).from(needs).where(inArray(needs.id, ids)),
    );
    links.needIds.forEach(
      (id, index) => found.has(id) || errors.push(unknown(`links.needIds.${index}`, 'ความต้องการ', 'need')),
    );
    const nodeIds = links.alignment.map((link) => link.nodeId);
    const nodes =
      nodeIds.length === 0
        ? []
        : await tx
            .select({ id: alignmentNodes.id, level: alignmentNodes.level })
            .from(alignmentNodes)
            .where(inArray(alignmentNodes.id, nodeIds));
    links.alignment.forEach((link, index) => {
      const node = nodes.find((candidate) => candidate.id === link.nodeId);
      if (!node) {
        errors.push(unknown(`links.alignment.${index}.nodeId`, 'เป้าหมายระดับชาติ', 'alignment node'));
      } else if (link.isPrimary && node.level !== PRIMARY_LEVEL) {
        errors.push({
          path: `links.alignment.${index}.isPrimary`,
          message: {
            th: 'ความสอดคล้องหลักต้องเป็นเป้าหมายแผนย่อย (Y1)',
            en: 'The primary link must be a Y1 sub-plan target',
          },
        });
      }
    });
  }
  if (errors.length > 0) {
    throw invalid(errors);
  }
}
