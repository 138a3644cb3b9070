import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { provideScopeGroups, type ScopeGroupResolver } from './auth/actor.js';
import type { Database } from './db/client.js';
import type { MigrationSet } from './db/migrations.js';
import type { AppDependencies } from './dependencies.js';
import type { JobDefinition, JobRunner } from './jobs/runner.js';

type Seed = (database: Database) => Promise<unknown>;

/**
 * What one feature brings to the application. Each feature exports one descriptor; the registry
 * (`FEATURES`, beside the feature folders) is the only place that knows them all, and the platform
 * loops over the list it is handed.
 */
export type Feature = {
  name: string;
  /** Fastify plugins with the prefix they are mounted under. */
  routes?: { plugin: (deps: AppDependencies) => FastifyPluginAsyncZod; prefix: string }[];
  /** Background job handlers by job kind. */
  jobs?: Record<string, JobDefinition>;
  /** The feature's own migrations; applied after the platform's and earlier features' sets. */
  migrations?: MigrationSet;
  seeds?: {
    /** Reference data every installation needs; must do nothing when it is there already. */
    reference?: Seed;
    /** Demo accounts, for demo installations and tests. */
    demoAccounts?: Seed;
    /** Demo records, for demo installations only. */
    demo?: Seed;
  };
  /** Expands cluster and region scope references into provinces (the feature that owns them). */
  scopeGroups?: ScopeGroupResolver;
};

/** The migration sets of the features, in list order. */
export function migrationSetsOf(features: readonly Feature[]): MigrationSet[] {
  return features.flatMap((feature) => (feature.migrations ? [feature.migrations] : []));
}

/** Hands the platform what features provide to it: job handlers and scope expansion. */
export function activateFeatures(features: readonly Feature[], jobs: JobRunner): void {
  for (const feature of features) {
    for (const [kind, handler] of Object.entries(feature.jobs ?? {})) {
      jobs.register(kind, handler);
    }
    if (feature.scopeGroups) {
      provideScopeGroups(feature.scopeGroups);
    }
  }
}

/** Runs one kind of seed of every feature, in list order. */
export async function seedFeatures(
  database: Database,
  features: readonly Feature[],
  kind: keyof NonNullable<Feature['seeds']>,
): Promise<void> {
  for (const feature of features) {
    const seed = feature.seeds?.[kind];
    if (seed) {
      await seed(database);
    }
  }
}
