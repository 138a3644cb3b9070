import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../app/api/client.js';
import type { AuditEntry, Page } from '../../app/api/types.js';

export interface AuditParams {
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
  limit?: number;
  offset?: number;
}

export function useAudit(params: AuditParams) {
  return useQuery({
    queryKey: ['audit', params],
    queryFn: ({ signal }) => apiFetch<Page<AuditEntry>>('/api/v1/audit', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}
