import type { DiffKind } from '../../../../domain/common/field-diff.js';
import type { DiffEntityType } from '../../../../domain/plans/plan.js';
import type { MessageKey } from '../../../app/i18n/index.js';

export const ENTITY_LABELS: Record<DiffEntityType, MessageKey> = {
  version: 'plans.diff.entity.version',
  issue: 'plans.kind.issue',
  objective: 'plans.kind.objective',
  kpi: 'plans.kind.kpi',
  approach: 'plans.kind.approach',
  item: 'plans.kind.item',
};

export const KIND_LABELS: Record<DiffKind, { key: MessageKey; color: string }> = {
  added: { key: 'plans.diff.added', color: 'green' },
  removed: { key: 'plans.diff.removed', color: 'red' },
  changed: { key: 'plans.diff.changed', color: 'blue' },
};

export const FIELD_LABELS: Record<string, MessageKey> = {
  title: 'plans.field.nodeTitle',
  name: 'plans.field.kpiName',
  description: 'plans.field.description',
  alignment: 'plans.field.alignment',
  issue: 'plans.field.issue',
  objective: 'plans.field.objective',
  approach: 'plans.field.approach',
  unit: 'plans.field.unit',
  baselineValue: 'plans.field.baselineValue',
  baselineYear: 'plans.field.baselineYear',
  direction: 'plans.field.direction',
  rollup: 'plans.field.rollup',
  dataSource: 'plans.field.dataSource',
  fundingSource: 'plans.field.fundingSource',
  agencyId: 'plans.field.agency',
  agencyName: 'plans.field.agencyName',
  benefitNote: 'plans.field.benefitNote',
  areaCodes: 'plans.field.areas',
  kpis: 'plans.field.kpis',
  needIds: 'plans.field.needs',
  vision: 'plans.data.vision',
  developmentGoal: 'plans.data.goal',
  areaPotential: 'plans.data.potential',
  swot: 'plans.data.swot',
  keyFigures: 'plans.data.keyFigures',
};
