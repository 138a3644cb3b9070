import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError, setCsrfToken } from './client.js';

export const SESSION_KEY = ['auth', 'session'] as const;

function isClientError(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500;
}

/** One client per app; any 401 drops the cached session so the layout sends the user to login. */
export function createQueryClient(): QueryClient {
  const handleError = (error: unknown): void => {
    if (isApiError(error, 401)) {
      setCsrfToken(null);
      client.setQueryData(SESSION_KEY, null);
    }
  };
  const client = new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
  return client;
}

/** The app's single cache, shared by React and the router's auth guard. */
export const queryClient = createQueryClient();
