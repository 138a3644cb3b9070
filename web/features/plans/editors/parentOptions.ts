import type { Translate } from '../../../app/i18n/index.js';
import type { VersionTree } from '../../../../domain/plans/responses.js';

/** Issues of the version as choices for moving an objective or approach. */
export function issueOptions(tree: VersionTree, t: Translate) {
  return tree.issues.map((issue, index) => ({
    value: issue.id,
    label: `${t('plans.kind.issueNumbered', { number: index + 1 })} ${issue.title}`,
  }));
}

/** Objectives of the version, grouped by issue, for moving a KPI. */
export function objectiveOptions(tree: VersionTree, t: Translate) {
  return tree.issues.map((issue, i) => ({
    label: `${t('plans.kind.issueNumbered', { number: i + 1 })} ${issue.title}`,
    options: issue.objectives.map((objective, j) => ({
      value: objective.id,
      label: `${i + 1}.${j + 1} ${objective.title}`,
    })),
  }));
}

/** Approaches of the version, grouped by issue, for moving an item. */
export function approachOptions(tree: VersionTree, t: Translate) {
  return tree.issues.map((issue, i) => ({
    label: `${t('plans.kind.issueNumbered', { number: i + 1 })} ${issue.title}`,
    options: issue.approaches.map((approach, j) => ({
      value: approach.id,
      label: `${i + 1}.${j + 1} ${approach.title}`,
    })),
  }));
}

/** KPIs of the version, grouped by issue, for the KPIs an item moves. */
export function kpiOptions(tree: VersionTree, t: Translate) {
  return tree.issues.map((issue, i) => ({
    label: `${t('plans.kind.issueNumbered', { number: i + 1 })} ${issue.title}`,
    options: issue.objectives.flatMap((objective, j) =>
      objective.kpis.map((kpi, k) => ({
        value: kpi.id,
        label: `${i + 1}.${j + 1}.${k + 1} ${kpi.name} (${kpi.unit})`,
      })),
    ),
  }));
}
