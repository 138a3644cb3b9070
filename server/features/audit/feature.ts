import type { Feature } from '../../platform/feature.js';
import { entityLabelOf } from './entity-label.js';
import type { EntityLabels } from './public.js';
import { auditRoutes } from './routes.js';

/** The audit trail, naming records by the labels the features hand the registry. */
export function auditFeature(labels: readonly EntityLabels[]): Feature {
  const entityLabel = entityLabelOf(labels);
  return {
    name: 'audit',
    routes: [{ plugin: (deps) => auditRoutes(deps, entityLabel), prefix: '/api/v1' }],
  };
}
