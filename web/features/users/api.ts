import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../domain/auth/roles.js';
import type { UserListQuery } from '../../../domain/users/user.js';
import { apiFetch } from '../../app/api/client.js';
import type { Page, User } from '../../app/api/types.js';

export const userKeys = {
  all: ['users'] as const,
  list: (params: UserListQuery) => ['users', 'list', params] as const,
};

export function useUsers(params: UserListQuery, enabled = true) {
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) => apiFetch<Page<User>>('/api/v1/users', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export interface CreateUserBody {
  username: string;
  displayName: string;
  email?: string;
  password: string;
  agencyId?: string;
  roles: Role[];
  captureScope: string[];
  viewScope: string[];
}

export type UpdateUserBody = Partial<
  Pick<User, 'displayName' | 'email' | 'agencyId' | 'isActive' | 'roles' | 'captureScope' | 'viewScope'>
> & { reason?: string };

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) => apiFetch<User>('/api/v1/users', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export interface UpdateUserArgs {
  user: Pick<User, 'id' | 'version'>;
  body: UpdateUserBody;
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ user, body }: UpdateUserArgs) =>
      apiFetch<User>(`/api/v1/users/${encodeURIComponent(user.id)}`, {
        method: 'PATCH',
        body,
        ifMatch: user.version,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

/** Lifts a sign-in lockout before it expires (audited on the server). */
export function useUnlockUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      apiFetch<null>(`/api/v1/users/${encodeURIComponent(userId)}/unlock`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
