import type { Role } from '../auth/roles.js';
import type { PlanApprovalStep as ApprovalStep } from './approval.js';
import type { PlanScope, PlanStatus } from './plan.js';

const CENTRAL: Role[] = ['system_admin', 'central_analyst'];

type Forward = {
  from: PlanStatus;
  to: PlanStatus;
  action: string;
  meeting: boolean;
  local: boolean;
  label: Record<PlanScope, { th: string; en: string }>;
  roles: Record<PlanScope, Role[]>;
};

const FORWARD: Forward[] = [
  {
    from: 'draft',
    to: 'submitted_to_committee',
    action: 'submit',
    meeting: false,
    local: true,
    label: {
      province: { th: 'เสนอ ก.บ.จ. พิจารณา', en: 'Submit to the provincial committee (ก.บ.จ.)' },
      cluster: { th: 'เสนอ ก.บ.ก. พิจารณา', en: 'Submit to the cluster committee (ก.บ.ก.)' },
    },
    roles: {
      province: ['provincial_planner', 'provincial_head'],
      cluster: ['cluster_officer', 'provincial_planner', 'provincial_head'],
    },
  },
  {
    from: 'submitted_to_committee',
    to: 'committee_approved',
    action: 'committee_approve',
    meeting: true,
    local: true,
    label: {
      province: { th: 'บันทึกมติ ก.บ.จ. อนุมัติ', en: 'Record approval by ก.บ.จ.' },
      cluster: { th: 'บันทึกมติ ก.บ.ก. อนุมัติ', en: 'Record approval by ก.บ.ก.' },
    },
    roles: { province: ['provincial_head'], cluster: ['provincial_head', 'cluster_officer'] },
  },
  {
    from: 'committee_approved',
    to: 'submitted_to_centre',
    action: 'submit_to_centre',
    meeting: false,
    local: true,
    label: {
      province: { th: 'ส่งส่วนกลาง (สป.มท./สศช.)', en: 'Submit to the centre' },
      cluster: { th: 'ส่งส่วนกลาง (สป.มท./สศช.)', en: 'Submit to the centre' },
    },
    roles: { province: ['provincial_head'], cluster: ['provincial_head', 'cluster_officer'] },
  },
  {
    from: 'submitted_to_centre',
    to: 'regional_approved',
    action: 'regional_approve',
    meeting: true,
    local: false,
    label: {
      province: {
        th: 'บันทึกมติคณะอนุกรรมการประจำภาคเห็นชอบ',
        en: 'Record approval by the regional sub-committee (คณะอนุกรรมการประจำภาค)',
      },
      cluster: {
        th: 'บันทึกมติคณะอนุกรรมการประจำภาคเห็นชอบ',
        en: 'Record approval by the regional sub-committee (คณะอนุกรรมการประจำภาค)',
      },
    },
    roles: { province: CENTRAL, cluster: CENTRAL },
  },
  {
    from: 'regional_approved',
    to: 'knb_approved',
    action: 'knb_approve',
    meeting: true,
    local: false,
    label: {
      province: { th: 'บันทึกมติ ก.น.บ. เห็นชอบ', en: 'Record approval by ก.น.บ.' },
      cluster: { th: 'บันทึกมติ ก.น.บ. เห็นชอบ', en: 'Record approval by ก.น.บ.' },
    },
    roles: { province: CENTRAL, cluster: CENTRAL },
  },
  {
    from: 'knb_approved',
    to: 'cabinet_noted',
    action: 'cabinet_note',
    meeting: true,
    local: false,
    label: {
      province: { th: 'บันทึกมติ ครม. รับทราบ', en: 'Record that the cabinet noted the plan' },
      cluster: { th: 'บันทึกมติ ครม. รับทราบ', en: 'Record that the cabinet noted the plan' },
    },
    roles: { province: CENTRAL, cluster: CENTRAL },
  },
  {
    from: 'cabinet_noted',
    to: 'published',
    action: 'publish',
    meeting: false,
    local: false,
    label: {
      province: { th: 'ประกาศใช้แผน', en: 'Publish the plan' },
      cluster: { th: 'ประกาศใช้แผน', en: 'Publish the plan' },
    },
    roles: { province: CENTRAL, cluster: CENTRAL },
  },
];

function stepsOf(scope: PlanScope): ApprovalStep[] {
  const forward = FORWARD.map((step, index): ApprovalStep => ({
    scope,
    fromStatus: step.from,
    toStatus: step.to,
    action: step.action,
    labelTh: step.label[scope].th,
    labelEn: step.label[scope].en,
    roles: step.roles[scope],
    requiresMeeting: step.meeting,
    requiresDate: step.meeting,
    requiresReason: false,
    needsCapture: step.local,
    sortOrder: (index + 1) * 10,
  }));
  // Whoever decides the next step from a status may also send the version back from it.
  const returns = FORWARD.filter((step) => step.from !== 'draft').map((step, index): ApprovalStep => ({
    scope,
    fromStatus: step.from,
    toStatus: 'draft',
    action: 'return',
    labelTh: 'ส่งกลับแก้ไข',
    labelEn: 'Return for revision',
    roles: step.roles[scope],
    requiresMeeting: false,
    requiresDate: false,
    requiresReason: true,
    needsCapture: step.local,
    sortOrder: 100 + (index + 1) * 10,
  }));
  return [...forward, ...returns];
}

/** The default approval chain for each scope, as seeded into approval_steps. */
export const DEFAULT_APPROVAL_STEPS: readonly ApprovalStep[] = [
  ...stepsOf('province'),
  ...stepsOf('cluster'),
];
