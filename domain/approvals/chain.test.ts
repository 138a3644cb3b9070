import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/roles.js';
import { fromThaiDigits } from '../thai/digits.js';
import { DEFAULT_APPROVAL_STEPS } from '../plans/approval-defaults.js';
import { PLAN_STATUSES, type PlanScope, type PlanStatus } from '../plans/plan.js';
import {
  availableActions,
  findStep,
  MEETING_NO_PATTERN,
  validateTransitionInput,
  type ApprovalStep,
} from './chain.js';

const stepsOf = (scope: PlanScope) => DEFAULT_APPROVAL_STEPS.filter((step) => step.scope === scope);
const province = stepsOf('province');
const cluster = stepsOf('cluster');
const local = { view: true, capture: true };
const viewOnly = { view: true, capture: false };
const outside = { view: false, capture: false };
const actions = (status: PlanStatus, roles: Role[], standing = local, steps = province) =>
  availableActions(status, steps, roles, standing).map((action) => action.action);

describe('default approval chain', () => {
  it('walks draft → published in seven forward steps for both scopes', () => {
    for (const steps of [province, cluster]) {
      let status: PlanStatus = 'draft';
      const path: string[] = [];
      while (status !== 'published') {
        const forward = steps.find((step) => step.fromStatus === status && step.action !== 'return');
        expect(forward).toBeDefined();
        path.push(forward?.action ?? '');
        status = forward?.toStatus ?? 'published';
      }
      expect(path).toEqual([
        'submit',
        'committee_approve',
        'submit_to_centre',
        'regional_approve',
        'knb_approve',
        'cabinet_note',
        'publish',
      ]);
    }
  });

  it('allows return to draft, with a reason, from every status between draft and published', () => {
    const returns = province.filter((step) => step.action === 'return');
    expect(returns.map((step) => step.fromStatus)).toEqual(
      PLAN_STATUSES.filter((s) => s !== 'draft' && s !== 'published'),
    );
    expect(returns.every((step) => step.toStatus === 'draft' && step.requiresReason)).toBe(true);
    expect(province.some((step) => step.fromStatus === 'published')).toBe(false);
  });

  it('requires a meeting and date exactly for the committee, regional, ก.น.บ. and cabinet decisions', () => {
    expect(province.filter((step) => step.requiresMeeting).map((step) => step.action)).toEqual([
      'committee_approve',
      'regional_approve',
      'knb_approve',
      'cabinet_note',
    ]);
    expect(province.every((step) => step.requiresMeeting === step.requiresDate)).toBe(true);
  });

  it('names the cluster committee ก.บ.ก. and the provincial one ก.บ.จ.', () => {
    expect(findStep(province, 'draft', 'submit')?.labelTh).toBe('เสนอ ก.บ.จ. พิจารณา');
    expect(findStep(cluster, 'draft', 'submit')?.labelTh).toBe('เสนอ ก.บ.ก. พิจารณา');
    expect(findStep(cluster, 'submitted_to_committee', 'committee_approve')?.labelTh).toBe(
      'บันทึกมติ ก.บ.ก. อนุมัติ',
    );
    expect(findStep(province, 'draft', 'publish')).toBeUndefined();
  });
});

describe('availableActions', () => {
  it('lets a provincial planner only submit a draft', () => {
    expect(actions('draft', ['provincial_planner'])).toEqual(['submit']);
    expect(actions('submitted_to_committee', ['provincial_planner'])).toEqual([]);
  });

  it('lets the provincial head record the committee decision or return it', () => {
    expect(actions('submitted_to_committee', ['provincial_head'])).toEqual(['committee_approve', 'return']);
    expect(actions('committee_approved', ['provincial_head'])).toEqual(['submit_to_centre', 'return']);
    expect(actions('submitted_to_centre', ['provincial_head'])).toEqual([]);
  });

  it('leaves the central steps to the analyst or administrator with only a view scope', () => {
    expect(actions('submitted_to_centre', ['central_analyst'], viewOnly)).toEqual([
      'regional_approve',
      'return',
    ]);
    expect(actions('regional_approved', ['system_admin'], viewOnly)).toEqual(['knb_approve', 'return']);
    expect(actions('knb_approved', ['central_analyst'], viewOnly)).toEqual(['cabinet_note', 'return']);
    expect(actions('cabinet_noted', ['central_analyst'], viewOnly)).toEqual(['publish', 'return']);
    expect(actions('published', ['system_admin'], viewOnly)).toEqual([]);
  });

  it('needs the capture scope for local steps and the view scope for central ones', () => {
    expect(actions('draft', ['provincial_planner'], viewOnly)).toEqual([]);
    expect(actions('submitted_to_committee', ['provincial_head'], viewOnly)).toEqual([]);
    expect(actions('submitted_to_centre', ['central_analyst'], outside)).toEqual([]);
  });

  it('gives the cluster officer the local steps of a cluster plan but none of a province plan beyond nothing', () => {
    expect(actions('draft', ['cluster_officer'], local, cluster)).toEqual(['submit']);
    expect(actions('submitted_to_committee', ['cluster_officer'], local, cluster)).toEqual([
      'committee_approve',
      'return',
    ]);
    expect(actions('draft', ['cluster_officer'], local, province)).toEqual([]);
  });

  it('gives read-only roles nothing anywhere', () => {
    for (const status of PLAN_STATUSES) {
      expect(actions(status, ['auditor', 'committee_member', 'district_officer'])).toEqual([]);
    }
  });

  it('follows an administrator relabelling or reassigning a step', () => {
    const edited: ApprovalStep<PlanStatus>[] = province.map((step) =>
      step.action === 'submit' ? { ...step, roles: ['district_officer'], labelTh: 'ส่งให้ ก.บ.จ.' } : step,
    );
    expect(actions('draft', ['provincial_planner'], local, edited)).toEqual([]);
    expect(availableActions('draft', edited, ['district_officer'], local)).toEqual([
      {
        action: 'submit',
        toStatus: 'submitted_to_committee',
        labelTh: 'ส่งให้ ก.บ.จ.',
        labelEn: 'Submit to the provincial committee (ก.บ.จ.)',
        requiresMeeting: false,
        requiresDate: false,
        requiresReason: false,
      },
    ]);
  });
});

describe('transition input', () => {
  const context = { today: '2026-11-29' };
  const committee = findStep(province, 'submitted_to_committee', 'committee_approve') as ApprovalStep;
  const back = findStep(province, 'submitted_to_committee', 'return') as ApprovalStep;
  const submit = findStep(province, 'draft', 'submit') as ApprovalStep;

  it.each(['1/2568', '12/2568', '123/2568', '2/2500', '๑/๒๕๖๘', ' 12/2568 '])(
    'accepts the meeting number %s',
    (meetingNo) => {
      const year = Number(fromThaiDigits(meetingNo).split('/')[1]);
      const meetingDate = `${year - 543}-03-14`;
      expect(validateTransitionInput(committee, { meetingNo, meetingDate }, context)).toEqual([]);
    },
  );

  it.each(['1/2568', '123/2599', '2/2500'])('matches %s with the meeting number pattern', (meetingNo) => {
    expect(MEETING_NO_PATTERN.test(meetingNo)).toBe(true);
  });

  it.each(['1234/2568', '2/2468', '2/68', '2-2568', 'ครั้งที่ 2/2568', '/2568', '2/25688'])(
    'refuses the meeting number %s',
    (meetingNo) => {
      expect(validateTransitionInput(committee, { meetingNo, meetingDate: '2025-03-14' }, context)).toEqual([
        {
          path: 'meetingNo',
          message: {
            th: 'ครั้งที่ประชุมต้องอยู่ในรูป ครั้งที่/ปี พ.ศ. เช่น 2/2568',
            en: 'Meeting number must look like 2/2568 (number/BE year)',
          },
        },
      ]);
    },
  );

  it('reports a missing meeting number and date together', () => {
    expect(validateTransitionInput(committee, {}, context).map((problem) => problem.path)).toEqual([
      'meetingNo',
      'meetingDate',
    ]);
  });

  it.each(['2025-02-30', '14/03/2568', '2568-13-01', '2025-3-4'])('refuses the date %s', (meetingDate) => {
    expect(
      validateTransitionInput(committee, { meetingNo: '2/2568', meetingDate }, context).map((p) => p.path),
    ).toEqual(['meetingDate']);
  });

  it('requires a reason to return and nothing to submit, but checks a meeting number given anyway', () => {
    expect(validateTransitionInput(back, { reason: '  ' }, context)[0]?.message.en).toBe(
      'Give the reason for returning the document',
    );
    expect(validateTransitionInput(back, { reason: 'แก้ค่าเป้าหมาย' }, context)).toEqual([]);
    expect(validateTransitionInput(submit, {}, context)).toEqual([]);
    expect(validateTransitionInput(submit, { meetingNo: 'x' }, context).map((p) => p.path)).toEqual([
      'meetingNo',
    ]);
  });
});
