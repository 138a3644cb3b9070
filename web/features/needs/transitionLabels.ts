import type { NeedTransition } from '../../../domain/needs/state-machine.js';
import type { MessageKey } from '../../app/i18n/index.js';

/** Button and title text of each status move. */
export const TRANSITION_LABELS: Record<NeedTransition, MessageKey> = {
  screen: 'needs.transition.screen',
  link: 'needs.transition.link',
  forward: 'needs.transition.forward',
  merge: 'needs.transition.merge',
  reject: 'needs.transition.reject',
  reopen: 'needs.transition.reopen',
};
