import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { assetCheckSchema } from '../../../domain/assets/asset-response.js';
import { assetCheckUpdateSchema } from '../../../domain/assets/checks.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import {
  versionedDeleteRoute,
  versionedWriteRoute,
  withoutVersion,
} from '../../platform/http/versioned-routes.js';
import { correctAssetCheck, withdrawAssetCheck } from './check-corrections.js';

/** A recorded yearly check corrected or withdrawn (If-Match), within the asset's capture scope. */
export function checkCorrectionRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['assets'];
    versionedWriteRoute(app, 'patch', {
      tags,
      path: '/asset-checks/:id',
      summary: 'Correct a yearly check (If-Match) / แก้ไขผลการตรวจสอบพัสดุประจำปี',
      body: assetCheckUpdateSchema,
      saved: assetCheckSchema,
      save: (actor, id, version, body) => correctAssetCheck(deps, actor, id, version, withoutVersion(body)),
    });
    versionedDeleteRoute(app, {
      tags,
      path: '/asset-checks/:id',
      summary: 'Withdraw a yearly check (If-Match) / ถอนผลการตรวจสอบพัสดุประจำปี',
      remove: (actor, id, version) => withdrawAssetCheck(deps, actor, id, version),
    });
  };
}
