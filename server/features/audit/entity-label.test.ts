import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { ENTITY_LABELS } from '../index.js';
import { entityLabelOf } from './entity-label.js';

const registered = ENTITY_LABELS.flatMap((labels) => Object.keys(labels));

describe('audit entity labels', () => {
  it('names every entity type that had a label when audit read the tables itself, each once', () => {
    expect([...registered].sort()).toEqual(
      [
        'agency',
        'area',
        'committee',
        'committee_agenda_item',
        'committee_follow_up',
        'committee_meeting',
        'committee_member',
        'household',
        'household_export',
        'household_member',
        'need',
        'plan',
        'plan_version',
        'programme',
        'programme_activity',
        'programme_report',
        'programme_targets',
        'project',
        'regulation',
        'regulation_citation',
        'regulation_provision',
        'regulation_version',
        'rule_set',
        'training_event',
        'user',
      ].sort(),
    );
    expect(new Set(registered).size).toBe(registered.length);
  });

  it('asks each label about the event’s entity id, one case per entity type', () => {
    const query = new PgDialect().sqlToQuery(
      entityLabelOf([{ thing: (id) => sql`select t.name from things t where t.id::text = ${id}` }]),
    );
    expect(query.sql).toBe(
      `case "audit_events"."entity_type" when 'thing' then (select t.name from things t where t.id::text = "audit_events"."entity_id") end`,
    );
    expect(new PgDialect().sqlToQuery(entityLabelOf([])).sql).toBe('null::text');
  });

  it('refuses an entity type that is not snake_case, since it is written into the statement', () => {
    expect(() => entityLabelOf([{ "x' or true": () => sql`select 1` }])).toThrow(/snake_case/);
  });
});
