import { z } from 'zod';
import type { Role } from '../auth/roles.js';
import { meetingTimingProblems, normalizeMeetingNo, type MeetingContext } from './meeting-rules.js';
import { PLAN_STATUSES, type PlanScope, type PlanStatus } from './plan.js';

/** One allowed move of the approval chain; stored as data (table approval_steps) so admins can relabel it. */
export type ApprovalStep = {
  scope: PlanScope;
  fromStatus: PlanStatus;
  toStatus: PlanStatus;
  action: string;
  labelTh: string;
  labelEn: string;
  roles: readonly Role[];
  requiresMeeting: boolean;
  requiresDate: boolean;
  requiresReason: boolean;
  /** Local steps need the capture scope of the plan's province; central steps only its view scope. */
  needsCapture: boolean;
  sortOrder: number;
};

/** A step the actor may take now, as the API lists it. */
export const availableActionSchema = z.object({
  action: z.string(),
  toStatus: z.enum(PLAN_STATUSES),
  labelTh: z.string(),
  labelEn: z.string(),
  requiresMeeting: z.boolean(),
  requiresDate: z.boolean(),
  requiresReason: z.boolean(),
});
export type AvailableAction = z.infer<typeof availableActionSchema>;

/** The actor's standing towards one plan: whether it lies in their view and capture scopes. */
export type PlanStanding = { view: boolean; capture: boolean };

/** Actions the actor may take on a version in `status`, in chain order. */
export function availableActions(
  status: PlanStatus,
  steps: readonly ApprovalStep[],
  actorRoles: readonly Role[],
  inScope: PlanStanding,
): AvailableAction[] {
  return steps
    .filter((step) => step.fromStatus === status)
    .filter((step) => step.roles.some((role) => actorRoles.includes(role)))
    .filter((step) => (step.needsCapture ? inScope.capture : inScope.view))
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map(({ action, toStatus, labelTh, labelEn, requiresMeeting, requiresDate, requiresReason }) => ({
      action,
      toStatus,
      labelTh,
      labelEn,
      requiresMeeting,
      requiresDate,
      requiresReason,
    }));
}

/** The step `action` names from `status`, if the chain has one. */
export function findStep(
  steps: readonly ApprovalStep[],
  status: PlanStatus,
  action: string,
): ApprovalStep | undefined {
  return steps.find((step) => step.fromStatus === status && step.action === action);
}

/** Committee meetings are numbered "n/ปปปป" (e.g. 2/2568), after Thai digits are read as Arabic. */
export const MEETING_NO_PATTERN = /^\d{1,3}\/25\d\d$/;

export type TransitionInput = {
  meetingNo?: string | null;
  meetingDate?: string | null;
  reason?: string | null;
};
export type TransitionProblem = {
  path: 'meetingNo' | 'meetingDate' | 'reason';
  message: { th: string; en: string };
};

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return false;
  }
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Every missing, malformed or out-of-time field a step needs, in both languages. The meeting number
 * may be written in Thai digits; the date is checked against today and the previous meeting.
 */
export function validateTransitionInput(
  step: ApprovalStep,
  input: TransitionInput,
  context: MeetingContext,
): TransitionProblem[] {
  const problems: TransitionProblem[] = [];
  const meetingNo = normalizeMeetingNo(input.meetingNo ?? '');
  const meetingNoValid = MEETING_NO_PATTERN.test(meetingNo);
  if (meetingNo === '' && step.requiresMeeting) {
    problems.push({
      path: 'meetingNo',
      message: { th: 'ขั้นนี้ต้องระบุครั้งที่ประชุม เช่น 2/2568', en: 'This step needs the meeting number, e.g. 2/2568' },
    });
  } else if (meetingNo !== '' && !meetingNoValid) {
    problems.push({
      path: 'meetingNo',
      message: {
        th: 'ครั้งที่ประชุมต้องอยู่ในรูป ครั้งที่/ปี พ.ศ. เช่น 2/2568',
        en: 'Meeting number must look like 2/2568 (number/BE year)',
      },
    });
  }
  const meetingDate = input.meetingDate?.trim() ?? '';
  if (meetingDate === '' && step.requiresDate) {
    problems.push({
      path: 'meetingDate',
      message: { th: 'ขั้นนี้ต้องระบุวันที่ประชุม', en: 'This step needs the meeting date' },
    });
  } else if (meetingDate !== '' && !isIsoDate(meetingDate)) {
    problems.push({
      path: 'meetingDate',
      message: { th: 'วันที่ไม่ถูกต้อง (ปปปป-ดด-วว ค.ศ.)', en: 'Invalid date (YYYY-MM-DD)' },
    });
  } else if (meetingDate !== '') {
    problems.push(...meetingTimingProblems(meetingNoValid ? meetingNo : '', meetingDate, context));
  }
  if (step.requiresReason && (input.reason?.trim() ?? '') === '') {
    problems.push({
      path: 'reason',
      message: { th: 'กรุณาระบุเหตุผลที่ส่งกลับแก้ไข', en: 'Give the reason for returning the plan' },
    });
  }
  return problems;
}
