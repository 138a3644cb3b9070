import { describe, expect, it } from 'vitest';
import { ASSET_STATUSES } from './asset.js';
import { assetTransitionProblem, availableAssetTransitions, ASSET_TRANSITION_RULES } from './transitions.js';

const withDocument = { documentRef: 'มท 0123/456', reason: null };

describe('asset transfer line', () => {
  it('runs registered → proposed → accepted → approved → transferred with documents', () => {
    let status: (typeof ASSET_STATUSES)[number] = 'registered';
    for (const move of [
      'propose_transfer',
      'record_acceptance',
      'approve_transfer',
      'complete_transfer',
    ] as const) {
      expect(assetTransitionProblem(status, move, withDocument)).toBeNull();
      status = ASSET_TRANSITION_RULES[move].to;
    }
    expect(status).toBe('transferred');
    expect(availableAssetTransitions(status)).toEqual([]);
  });

  it('needs the receiver’s letter and the approval as documents', () => {
    const none = { documentRef: null, reason: null };
    expect(assetTransitionProblem('transfer_proposed', 'record_acceptance', none)?.en).toContain('document');
    expect(assetTransitionProblem('receiver_accepted', 'approve_transfer', none)?.en).toContain('document');
    expect(assetTransitionProblem('registered', 'propose_transfer', none)).toBeNull();
  });

  it('refuses skipping a step or moving a finished asset', () => {
    expect(assetTransitionProblem('registered', 'complete_transfer', withDocument)?.en).toContain('cannot');
    expect(assetTransitionProblem('written_off', 'propose_transfer', withDocument)?.en).toContain('cannot');
    expect(assetTransitionProblem('transferred', 'write_off', withDocument)?.en).toContain('cannot');
  });

  it('withdraws and writes off only with a reason', () => {
    expect(assetTransitionProblem('receiver_accepted', 'withdraw_transfer', withDocument)?.en).toBe(
      'Give the reason',
    );
    expect(
      assetTransitionProblem('receiver_accepted', 'withdraw_transfer', {
        documentRef: null,
        reason: 'ผู้รับไม่พร้อม',
      }),
    ).toBeNull();
    expect(
      assetTransitionProblem('registered', 'write_off', { documentRef: 'x', reason: 'ชำรุด' }),
    ).toBeNull();
  });

  it('offers each status the moves that start from it', () => {
    expect(availableAssetTransitions('registered')).toEqual(['propose_transfer', 'write_off']);
    expect(availableAssetTransitions('transfer_approved')).toEqual([
      'complete_transfer',
      'withdraw_transfer',
    ]);
  });
});
