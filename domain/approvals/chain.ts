import { z } from 'zod';
import type { Role } from '../auth/roles.js';
import {
  meetingTimingProblems,
  normalizeMeetingNo,
  type MeetingContext,
  type TransitionProblem,
} from './meeting-rules.js';

export type { TransitionProblem };

/** The kinds of document that go through an approval chain (a plan version, an annual action plan). */
export const APPROVAL_DOCUMENT_TYPES = ['plan_version', 'action_plan'] as const;
export type ApprovalDocumentType = (typeof APPROVAL_DOCUMENT_TYPES)[number];

/** Whose committee decides: a province's (ก.บ.จ.) or a cluster's (ก.บ.ก.). */
export const APPROVAL_SCOPES = ['province', 'cluster'] as const;
export type ApprovalScope = (typeof APPROVAL_SCOPES)[number];

/**
 * One allowed move of a document type's approval chain; stored as data (table approval_steps) so
 * administrators can relabel it. `S` is the document type's status vocabulary.
 */
export type ApprovalStep<S extends string = string> = {
  scope: ApprovalScope;
  fromStatus: S;
  toStatus: S;
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

/** A step the actor may take now, as the API lists it, for a document type's statuses. */
export function availableActionSchemaOf<S extends string>(statuses: readonly [S, ...S[]]) {
  return z.object({
    action: z.string(),
    toStatus: z.enum(statuses),
    labelTh: z.string(),
    labelEn: z.string(),
    requiresMeeting: z.boolean(),
    requiresDate: z.boolean(),
    requiresReason: z.boolean(),
  });
}
export type AvailableAction<S extends string = string> = {
  action: string;
  toStatus: S;
  labelTh: string;
  labelEn: string;
  requiresMeeting: boolean;
  requiresDate: boolean;
  requiresReason: boolean;
};

/** The actor's standing towards one document: whether it lies in their view and capture scopes. */
export type DocumentStanding = { view: boolean; capture: boolean };

/** Actions the actor may take on a document in `status`, in chain order. */
export function availableActions<S extends string>(
  status: NoInfer<S>,
  steps: readonly ApprovalStep<S>[],
  actorRoles: readonly Role[],
  inScope: DocumentStanding,
): AvailableAction<S>[] {
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
export function findStep<T extends ApprovalStep>(
  steps: readonly T[],
  status: T['fromStatus'],
  action: string,
): T | undefined {
  return steps.find((step) => step.fromStatus === status && step.action === action);
}

/** Committee meetings are numbered "n/ปปปป" (e.g. 2/2568), after Thai digits are read as Arabic. */
export const MEETING_NO_PATTERN = /^\d{1,3}\/25\d\d$/;

export type TransitionInput = {
  meetingNo?: string | null;
  meetingDate?: string | null;
  reason?: string | null;
  /** Set only by a committee resolution (never by the API's transition body): the meeting's record. */
  meetingId?: string | null;
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
  step: Pick<ApprovalStep, 'requiresMeeting' | 'requiresDate' | 'requiresReason'>,
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
      message: { th: 'กรุณาระบุเหตุผลที่ส่งกลับแก้ไข', en: 'Give the reason for returning the document' },
    });
  }
  return problems;
}
