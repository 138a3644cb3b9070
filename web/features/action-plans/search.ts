import { z } from 'zod';
import { clusterSearchParam } from '../../app/router/search.js';

/** The action plans list: narrowed to one cluster's (a cluster office's home links there). */
export const actionPlansSearchSchema = z.object({ cluster: clusterSearchParam });
export type ActionPlansSearch = z.infer<typeof actionPlansSearchSchema>;
