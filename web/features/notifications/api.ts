import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationPage } from '../../../domain/notifications/notification.js';
import { apiFetch } from '../../app/api/client.js';

const BELL_KEY = ['notifications'] as const;
/** The badge is refreshed every few minutes; the digest comes once a day. */
const REFRESH_MS = 5 * 60 * 1000;

/** The newest notices of the user's scope with the unread count. */
export function useNotifications() {
  return useQuery({
    queryKey: BELL_KEY,
    queryFn: ({ signal }) =>
      apiFetch<NotificationPage>('/api/v1/notifications', { query: { limit: 20 }, signal }),
    refetchInterval: REFRESH_MS,
  });
}

/** Marks one notice (an id) or all of them (null) read. */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string | null) =>
      apiFetch<void>(id ? `/api/v1/notifications/${id}/read` : '/api/v1/notifications/read-all', {
        method: 'POST',
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: BELL_KEY }),
  });
}
