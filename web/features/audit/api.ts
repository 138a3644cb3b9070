import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../app/api/client.js';
import type { AuditEntry, AuditListQuery } from '../../../domain/audit/audit.js';
import type { Page } from '../../../domain/common/paging.js';

export function useAudit(params: AuditListQuery) {
  return useQuery({
    queryKey: ['audit', params],
    queryFn: ({ signal }) => apiFetch<Page<AuditEntry>>('/api/v1/audit', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}
