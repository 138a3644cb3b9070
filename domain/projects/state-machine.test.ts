import { describe, expect, it } from 'vitest';
import { PROJECT_MAIN_STATUSES, PROJECT_STATUSES, type ProjectStatus } from './project.js';
import {
  availableProjectTransitions,
  decideProjectTransition,
  isBudgetLocked,
  isProjectFinal,
  PROJECT_TRANSITIONS,
  PROJECT_TRANSITION_RULES,
  projectReasonRequired,
  projectTransitionButton,
} from './state-machine.js';

describe('project lifecycle', () => {
  it('walks the main line from idea to closed one move at a time', () => {
    const moves = [
      'propose',
      'check_readiness',
      'add_to_action_plan',
      'request',
      'include_in_draft_bill',
      'allocate',
      'start_spending',
      'complete',
      'close',
    ] as const;
    let status: ProjectStatus = 'idea';
    const visited: ProjectStatus[] = [status];
    for (const move of moves) {
      const verdict = decideProjectTransition(status, move);
      expect(verdict.allowed).toBe(true);
      status = verdict.allowed ? verdict.to : status;
      visited.push(status);
    }
    expect(visited).toEqual([...PROJECT_MAIN_STATUSES]);
  });

  it('refuses a skipped step with a bilingual message naming the status', () => {
    const verdict = decideProjectTransition('idea', 'request');
    expect(verdict).toEqual({
      allowed: false,
      message: {
        th: 'ไม่สามารถเสนอของบประมาณที่มีสถานะ "แนวคิดโครงการ" ได้',
        en: 'Cannot request budget for a project whose status is "idea"',
      },
    });
  });

  it.each([
    ['requested', 'cut', 'cut'],
    ['in_draft_bill', 'cut', 'cut'],
    ['proposal', 'defer', 'deferred'],
    ['requested', 'defer', 'deferred'],
    ['deferred', 'resume', 'proposal'],
    ['cut', 'resume', 'proposal'],
    ['allocated', 'carry_over', 'carried_over'],
    ['spending', 'carry_over', 'carried_over'],
    ['carried_over', 'resume_carried_over', 'spending'],
    ['in_action_plan', 'remove_from_action_plan', 'readiness_checked'],
    ['allocated', 'complete', 'completed'],
    ['idea', 'cancel', 'cancelled'],
    ['cut', 'cancel', 'cancelled'],
  ] as const)('%s --%s--> %s', (from, move, to) => {
    expect(decideProjectTransition(from, move)).toEqual({ allowed: true, to });
  });

  it.each([
    ['allocated', 'cancel'],
    ['closed', 'cancel'],
    ['cancelled', 'resume'],
    ['allocated', 'cut'],
    ['idea', 'defer'],
    ['completed', 'carry_over'],
  ] as const)('refuses %s --%s', (from, move) => {
    expect(decideProjectTransition(from, move).allowed).toBe(false);
  });

  it('offers exactly the moves whose rule starts at the status', () => {
    expect(availableProjectTransitions('requested')).toEqual([
      'include_in_draft_bill',
      'cut',
      'defer',
      'cancel',
    ]);
    expect(availableProjectTransitions('closed')).toEqual([]);
    expect(availableProjectTransitions('cancelled')).toEqual([]);
    for (const status of PROJECT_STATUSES) {
      for (const move of availableProjectTransitions(status)) {
        expect(decideProjectTransition(status, move).allowed).toBe(true);
      }
    }
  });

  it('reaches every status from idea and leaves none but the final ones as dead ends', () => {
    const reached = new Set<ProjectStatus>(['idea']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const move of PROJECT_TRANSITIONS) {
        const rule = PROJECT_TRANSITION_RULES[move];
        if (rule.from.some((from) => reached.has(from)) && !reached.has(rule.to)) {
          reached.add(rule.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...PROJECT_STATUSES].sort());
    const deadEnds = PROJECT_STATUSES.filter((status) => availableProjectTransitions(status).length === 0);
    expect(deadEnds).toEqual(['closed', 'cancelled']);
  });

  it('asks a reason for the moves that take money or a project away', () => {
    expect(PROJECT_TRANSITIONS.filter(projectReasonRequired)).toEqual([
      'remove_from_action_plan',
      'cut',
      'defer',
      'resume',
      'carry_over',
      'cancel',
    ]);
  });

  it('locks budget lines from allocation on and finalises closed and cancelled projects', () => {
    expect(PROJECT_STATUSES.filter(isBudgetLocked)).toEqual([
      'allocated',
      'spending',
      'completed',
      'closed',
      'carried_over',
    ]);
    expect(PROJECT_STATUSES.filter(isProjectFinal)).toEqual(['closed', 'cancelled']);
  });

  it('words each move as a button, naming the project where the English verb needs an object', () => {
    expect(projectTransitionButton('propose')).toEqual({ th: 'เสนอโครงการ', en: 'Propose' });
    expect(projectTransitionButton('request')).toEqual({
      th: 'เสนอของบประมาณ',
      en: 'Request budget for this project',
    });
    expect(projectTransitionButton('add_to_action_plan').en).toBe('Add to the action plan');
  });
});
