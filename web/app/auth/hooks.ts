import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SESSION_KEY } from '../api/queryClient.js';
import type { Session, SessionUser } from '../api/types.js';
import { fetchSession, login, logout, type Credentials } from './session.js';

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: Infinity, retry: false });
}

/** The signed-in user; the app layout renders nothing below it without one. */
export function useCurrentUser(): SessionUser | null {
  return useSession().data?.user ?? null;
}

export function useCan(action: string): boolean {
  const user = useCurrentUser();
  return user?.allowedActions.includes(action) ?? false;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => login(credentials),
    onSuccess: (session: Session) => {
      // A previous user's cached rows must not leak into this session.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      queryClient.setQueryData(SESSION_KEY, session);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(SESSION_KEY, null);
    },
  });
}
