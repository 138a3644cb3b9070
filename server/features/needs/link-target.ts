import { z } from 'zod';
import type { Actor } from '../../../domain/auth/policy.js';
import type { NeedTransitionInput } from '../../../domain/needs/state-machine.js';
import type { Queryable } from '../../platform/db/client.js';
import { invalid } from '../../platform/http/errors.js';
import type { NeedRow } from './access.js';

type LinkInput = Extract<NeedTransitionInput, { action: 'link' }>;

/** The plan holding a plan node, as far as a link needs it; null when there is no such node the actor can see. */
export type PlanOfLinkedNode = {
  scope: 'province' | 'cluster';
  provinceCode: string | null;
  memberProvinceCodes: string[];
  visible: boolean;
};

/**
 * How needs find the plan of a node it links to. The plans feature fills it (the registry hands its
 * `planOfNode` in), so needs never imports plans, which builds on needs.
 */
export type NeedLinkTargets = {
  planOfNode: (
    tx: Queryable,
    actor: Actor,
    kind: 'plan_issue' | 'project_set_item',
    nodeId: string,
  ) => Promise<PlanOfLinkedNode | null>;
};

const refused = (th: string, en: string) => invalid([{ path: 'linkedEntityId', message: { th, en } }]);

/**
 * The plan issue or project-set item a need is linked to must exist, be visible to the actor (row-level
 * security hides other provinces' plans) and belong to a plan that covers the need's province.
 */
export async function checkLinkTarget(
  targets: NeedLinkTargets,
  tx: Queryable,
  actor: Actor,
  need: NeedRow,
  input: LinkInput,
): Promise<void> {
  if (input.linkedEntityType === 'project') {
    throw refused(
      'ยังเชื่อมโยงกับโครงการไม่ได้ กรุณาเชื่อมโยงกับประเด็นการพัฒนาหรือรายการชุดโครงการในแผน',
      'Needs cannot be linked to projects yet; link a plan issue or a project-set item',
    );
  }
  const unknown = refused(
    'ไม่พบประเด็นการพัฒนาหรือรายการชุดโครงการนี้ในแผนที่ครอบคลุมพื้นที่ของความต้องการ',
    'No such plan issue or project-set item in a plan covering the need’s area',
  );
  if (!z.uuid().safeParse(input.linkedEntityId).success) {
    throw unknown;
  }
  const plan = await targets.planOfNode(tx, actor, input.linkedEntityType, input.linkedEntityId);
  const covers =
    plan !== null &&
    (plan.scope === 'cluster'
      ? plan.memberProvinceCodes.includes(need.provinceCode)
      : plan.provinceCode === need.provinceCode);
  if (!covers || !plan.visible) {
    throw unknown;
  }
}
