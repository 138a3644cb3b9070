import { describe, expect, it } from 'vitest';
import { NEED_STATUSES, type NeedStatus } from './need.js';
import {
  availableTransitions,
  canReceiveMerge,
  decideTransition,
  NEED_TRANSITIONS,
  needMergeSchema,
  needTransitionSchema,
  reasonRequired,
  type NeedTransition,
} from './state-machine.js';

// The full table: every status × every transition, with the status it leads to or null when refused.
const EXPECTED: Record<NeedStatus, Record<NeedTransition, NeedStatus | null>> = {
  received: {
    screen: 'screened',
    link: 'linked',
    forward: 'forwarded',
    merge: 'merged',
    reject: 'rejected',
    reopen: null,
  },
  screened: {
    screen: null,
    link: 'linked',
    forward: 'forwarded',
    merge: 'merged',
    reject: 'rejected',
    reopen: null,
  },
  linked: { screen: null, link: null, forward: null, merge: null, reject: null, reopen: null },
  forwarded: { screen: null, link: null, forward: null, merge: null, reject: null, reopen: 'screened' },
  merged: { screen: null, link: null, forward: null, merge: null, reject: null, reopen: null },
  rejected: { screen: null, link: null, forward: null, merge: null, reject: null, reopen: 'screened' },
};

describe('need state machine', () => {
  for (const from of NEED_STATUSES) {
    for (const transition of NEED_TRANSITIONS) {
      const to = EXPECTED[from][transition];
      it(`${transition} from ${from} → ${to ?? 'refused'}`, () => {
        const verdict = decideTransition(from, transition);
        if (to === null) {
          expect(verdict.allowed).toBe(false);
        } else {
          expect(verdict).toEqual({ allowed: true, to });
        }
      });
    }
  }

  it('explains a refused move in Thai and English, naming the current status', () => {
    expect(decideTransition('merged', 'reject')).toEqual({
      allowed: false,
      message: {
        th: 'ไม่สามารถไม่รับพิจารณาความต้องการที่มีสถานะ "รวมกับความต้องการอื่นแล้ว" ได้',
        en: 'Cannot reject a need whose status is "merged"',
      },
    });
    const linked = decideTransition('linked', 'reopen');
    expect(linked.allowed).toBe(false);
    expect(!linked.allowed && linked.message.en).toBe(
      'Cannot reopen a need whose status is "linked to a plan or project"',
    );
  });

  it('lists the moves the UI may offer per status', () => {
    expect(availableTransitions('received')).toEqual(['screen', 'link', 'forward', 'merge', 'reject']);
    expect(availableTransitions('screened')).toEqual(['link', 'forward', 'merge', 'reject']);
    expect(availableTransitions('rejected')).toEqual(['reopen']);
    expect(availableTransitions('forwarded')).toEqual(['reopen']);
    expect(availableTransitions('linked')).toEqual([]);
    expect(availableTransitions('merged')).toEqual([]);
  });

  it('requires a reason for reject, reopen and merge only', () => {
    expect(NEED_TRANSITIONS.filter(reasonRequired)).toEqual(['merge', 'reject', 'reopen']);
  });

  it('accepts merges only into needs that are neither merged nor rejected', () => {
    expect(NEED_STATUSES.filter(canReceiveMerge)).toEqual(['received', 'screened', 'linked', 'forwarded']);
  });
});

describe('transition requests', () => {
  it('requires a reason to reject, in both languages', () => {
    const result = needTransitionSchema.safeParse({ action: 'reject', reason: '  ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['reason'], message: 'A reason is required' });
    expect(needTransitionSchema.safeParse({ action: 'reopen' }).error?.issues[0]?.message).toBe(
      'A reason is required',
    );
  });

  it('requires what a link points at', () => {
    const result = needTransitionSchema.safeParse({
      action: 'link',
      linkedEntityType: 'budget',
      linkedEntityId: '',
      linkedLabel: 'x',
    });
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual([
      'linkedEntityId',
      'linkedEntityType',
    ]);
    expect(
      needTransitionSchema.safeParse({
        action: 'link',
        linkedEntityType: 'project_set_item',
        linkedEntityId: 'abc',
        linkedLabel: 'ชุดโครงการ 1',
      }).success,
    ).toBe(true);
  });

  it('forwards to exactly one of an agency or a local government, with a reference', () => {
    const agencyId = '7b7c6d2e-0b0a-4c1e-9f59-1d2f3a4b5c6d';
    expect(
      needTransitionSchema.safeParse({ action: 'forward', agencyId, reference: 'นม 0017/123' }).success,
    ).toBe(true);
    expect(
      needTransitionSchema.safeParse({
        action: 'forward',
        localGovernmentName: 'อบต.โพธิ์กลาง',
        reference: 'x',
      }).success,
    ).toBe(true);
    const both = needTransitionSchema.safeParse({
      action: 'forward',
      agencyId,
      localGovernmentName: 'อบต.',
      reference: 'x',
    });
    expect(both.error?.issues[0]).toMatchObject({ path: ['agencyId'] });
    const neither = needTransitionSchema.safeParse({ action: 'forward', reference: 'x' });
    expect(neither.success).toBe(false);
    const noReference = needTransitionSchema.safeParse({ action: 'forward', agencyId });
    expect(noReference.error?.issues[0]).toMatchObject({
      path: ['reference'],
      message: 'The forwarding reference is required',
    });
  });

  it('refuses merge as a plain transition and unknown fields', () => {
    expect(needTransitionSchema.safeParse({ action: 'merge', reason: 'x' }).success).toBe(false);
    expect(needTransitionSchema.safeParse({ action: 'screen', status: 'linked' }).success).toBe(false);
  });

  it('merges at least one need with a reason', () => {
    expect(needMergeSchema.safeParse({ needIds: [], reason: 'ซ้ำ' }).error?.issues[0]?.message).toBe(
      'Choose the needs to merge',
    );
    expect(needMergeSchema.safeParse({ needIds: ['not-a-uuid'], reason: 'ซ้ำ' }).success).toBe(false);
    expect(
      needMergeSchema.safeParse({ needIds: ['7b7c6d2e-0b0a-4c1e-9f59-1d2f3a4b5c6d'] }).error?.issues[0]
        ?.message,
    ).toBe('A reason is required');
  });
});
