import { apiFetch, isApiError, setCsrfToken } from '../api/client.js';
import type { Credentials, Session } from '../../../domain/auth/session.js';

/** The signed-in session, or null when the cookie is missing or expired. */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await apiFetch<Session>('/api/v1/auth/me');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error, 401)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export type { Credentials };

export async function login(credentials: Credentials): Promise<Session> {
  const session = await apiFetch<Session>('/api/v1/auth/login', { method: 'POST', body: credentials });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function logout(): Promise<void> {
  try {
    await apiFetch<void>('/api/v1/auth/logout', { method: 'POST' });
  } finally {
    setCsrfToken(null);
  }
}
