import { sql } from 'drizzle-orm';
import type { EntityLabels } from '../audit/public.js';

/** How the audit trail names this feature's records (see `EntityLabels`). */
export const regulationAuditLabels: EntityLabels = {
  regulation: (id) => sql`select rg.title_th from regulations rg where rg.id::text = ${id}`,
  regulation_version: (id) => sql`
    select rg.title_th || ' · ' || v.label from regulation_versions v
    join regulations rg on rg.id = v.regulation_id where v.id::text = ${id}`,
  regulation_provision: (id) => sql`
    select rg.title_th || ' · ' || p.reference from regulation_provisions p
    join regulations rg on rg.id = p.regulation_id where p.id::text = ${id}`,
  regulation_citation: (id) => sql`
    select p.reference || ' → ' || c.target_key from regulation_citations c
    join regulation_provisions p on p.id = c.provision_id where c.id::text = ${id}`,
};
