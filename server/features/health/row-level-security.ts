import { sql } from 'drizzle-orm';
import { selectRows, type Database } from '../../platform/db/client.js';

export type RowLevelSecurityStatus = {
  appRoleExists: boolean;
  /** Tables with row-level security on: each needs its policies and the app role's grants (a table or some of its columns: sealed personal data grants only the columns that are not secret). */
  securedTables: number;
  policies: number;
  problems: string[];
};

type TableRow = { table: string; policies: number; granted: boolean | null };

/**
 * Whether the second wall stands: a restore into a server without the `areaplan_app` role, for
 * instance, leaves tables without policies or grants, and every scoped request would fail.
 */
export async function rowLevelSecurityStatus(database: Database): Promise<RowLevelSecurityStatus> {
  const [role] = await selectRows<{ exists: boolean }>(
    database.db,
    sql`select exists (select 1 from pg_roles where rolname = 'areaplan_app') as "exists"`,
  );
  const appRoleExists = role?.exists === true;
  const tables = await selectRows<TableRow>(
    database.db,
    sql`select c.relname as "table",
          (select count(*)::int from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname) as policies,
          -- Any column will do: household_secrets grants the app role only its non-secret columns.
          case when ${appRoleExists} then has_any_column_privilege('areaplan_app', c.oid, 'SELECT') end as granted
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity
        order by c.relname`,
  );
  const problems = [
    ...(appRoleExists ? [] : ['role areaplan_app is missing']),
    ...tables.filter((row) => row.policies === 0).map((row) => `${row.table}: no policies`),
    ...tables.filter((row) => row.granted === false).map((row) => `${row.table}: areaplan_app has no access`),
  ];
  return {
    appRoleExists,
    securedTables: tables.length,
    policies: tables.reduce((total, row) => total + row.policies, 0),
    problems,
  };
}
