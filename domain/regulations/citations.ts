import type { Bilingual } from '../common/bilingual.js';
import { DEFAULT_RULE_SET_2569 } from '../projects/rules/default-rules.js';
import {
  WORKFLOW_STEP_LABELS,
  WORKFLOW_STEPS,
  type CitationTargetKind,
  type WorkflowStep,
} from './vocabulary.js';

/** Eligibility rule keys are data (admins add rules each year), so any well-formed key may be cited. */
export const RULE_KEY_PATTERN = /^[a-z][a-z0-9_]{1,59}$/;

const DEFAULT_RULE_LABELS = new Map(DEFAULT_RULE_SET_2569.rules.map((rule) => [rule.key, rule.label]));

const isStep = (key: string): key is WorkflowStep => (WORKFLOW_STEPS as readonly string[]).includes(key);

/** Whether a citation target names something that exists: a known step, or a well-formed rule key. */
export function isCitableTarget(kind: CitationTargetKind, key: string): boolean {
  return kind === 'step' ? isStep(key) : RULE_KEY_PATTERN.test(key);
}

/** The Thai and English name of what a citation points at, for review lists and side panels. */
export function citationTargetLabel(kind: CitationTargetKind, key: string): Bilingual {
  if (kind === 'step') {
    return isStep(key) ? WORKFLOW_STEP_LABELS[key] : { th: key, en: key };
  }
  const label = DEFAULT_RULE_LABELS.get(key);
  return label
    ? { th: `เกณฑ์: ${label.th}`, en: `Rule: ${label.en}` }
    : { th: `เกณฑ์ ${key}`, en: `Rule ${key}` };
}
