import { ApiError, problemSchema, type Problem } from './problem.js';

export { ApiError, isApiError, type Problem, type FieldProblem } from './problem.js';

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  method?: HttpMethod;
  query?: QueryParams;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as multipart; the browser sets the boundary. */
  formData?: FormData;
  /** Row version for optimistic locking; sent as If-Match: "<version>". */
  ifMatch?: number | string;
  signal?: AbortSignal;
}

let csrfToken: string | null = null;

/** Remembers the token from login or /me; every non-GET request echoes it back. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function buildUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(key, String(value));
    }
  }
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}

async function readProblem(response: Response): Promise<Problem | null> {
  try {
    const parsed = problemSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function buildInit(options: RequestOptions): RequestInit {
  const method = options.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  let body: BodyInit | undefined;
  if (options.formData) {
    body = options.formData;
  } else if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken !== null) {
    headers.set('X-CSRF-Token', csrfToken);
  }
  if (options.ifMatch !== undefined) {
    headers.set('If-Match', `"${options.ifMatch}"`);
  }
  return { method, headers, body, credentials: 'same-origin', signal: options.signal };
}

/** Calls the JSON API; resolves with the parsed body (undefined for 204) or throws ApiError. */
export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await fetch(buildUrl(path, options.query), buildInit(options));
  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response));
  }
  if (response.status === 204 || response.headers.get('content-length') === '0') {
    return undefined as T;
  }
  return (await response.json()) as T;
}

/** Calls a route that answers a file (e.g. a POST export with a reason); resolves with its body or throws ApiError. */
export async function apiBlob(path: string, options: RequestOptions = {}): Promise<Blob> {
  const response = await fetch(buildUrl(path, options.query), buildInit(options));
  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response));
  }
  return response.blob();
}
