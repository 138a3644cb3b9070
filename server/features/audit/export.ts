import type { SQL } from 'drizzle-orm';
import type { AuditEntry, AuditListFilter } from '../../../domain/audit/audit.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import type { ListExport } from '../../platform/excel/stream.js';
import { listAuditEvents } from './service.js';

/** The audit trail as a sheet, newest first, limited to what the reader may see. */
export function auditListExport(
  deps: DatabaseDeps,
  entityLabel: SQL<string | null>,
  actor: Actor,
  filter: Omit<AuditListFilter, 'limit' | 'offset'>,
): ListExport<AuditEntry> {
  return {
    sheetName: 'ประวัติการแก้ไข',
    columns: [
      { key: 'occurred_at', header: 'เวลา (UTC)', width: 22 },
      { key: 'actor', header: 'ผู้ทำรายการ', width: 24 },
      { key: 'entity_type', header: 'ประเภทข้อมูล' },
      { key: 'entity', header: 'รายการ', width: 24 },
      { key: 'action', header: 'การกระทำ' },
      { key: 'changes', header: 'ข้อมูลที่เปลี่ยน (ก่อน → หลัง)', width: 60 },
      { key: 'reason', header: 'เหตุผล', width: 30 },
      { key: 'province_code', header: 'รหัสจังหวัด' },
    ],
    fetchPage: (paging) => listAuditEvents(deps, entityLabel, actor, { ...filter, ...paging }),
    toRow: (entry) => ({
      occurred_at: entry.occurredAt,
      actor: entry.actorName,
      entity_type: entry.entityType,
      entity: entry.entityLabel ?? entry.entityId,
      action: entry.action,
      changes: Object.entries(entry.changes)
        .map(([field, [before, after]]) => `${field}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`)
        .join('\n'),
      reason: entry.reason,
      province_code: entry.provinceCode,
    }),
  };
}
