import { sql } from 'drizzle-orm';
import type { ApprovalDocumentType, ApprovalScope } from '../../../domain/approvals/chain.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';

/** A document whose latest move left it where a committee decides next (a step needing a meeting). */
export type AwaitingDocument = {
  documentType: ApprovalDocumentType;
  documentId: string;
  status: string;
  /** Since when: the time of the move that put it there. */
  since: Date;
};

/**
 * Documents of a province's (scope province) or a cluster's (scope cluster) chain that wait for a
 * committee's decision: each document's latest move, where a current step needing a meeting leaves
 * from its new status. Runs in the caller's actor transaction, so row-level security applies.
 */
export async function documentsAwaitingCommittee(
  tx: Queryable,
  where: { scope: ApprovalScope; provinceCode: string; clusterId: number | null },
): Promise<AwaitingDocument[]> {
  const placement =
    where.scope === 'cluster'
      ? sql`e.cluster_id = ${where.clusterId}`
      : sql`e.province_code = ${where.provinceCode} and e.cluster_id is null`;
  const rows = await selectRows<{
    document_type: ApprovalDocumentType;
    document_id: string;
    status: string;
    at: string | Date;
  }>(
    tx,
    sql`select latest.document_type, latest.document_id, latest.to_status as status, latest.at
          from (select distinct on (e.document_type, e.document_id) e.document_type, e.document_id, e.to_status, e.at
                  from approval_events e where ${placement}
                 order by e.document_type, e.document_id, e.at desc) latest
         where exists (select 1 from approval_steps s
                        where s.document_type = latest.document_type and s.scope = ${where.scope}
                          and s.from_status = latest.to_status and s.requires_meeting and s.valid_to is null
                          and s.action = 'committee_approve')
         order by latest.at`,
  );
  return rows.map((row) => ({
    documentType: row.document_type,
    documentId: row.document_id,
    status: row.status,
    since: new Date(row.at),
  }));
}
