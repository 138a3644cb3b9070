/** Only same-site paths are followed after login, so ?redirect= cannot send users off-site. */
export function safeRedirect(redirect: string | undefined): string {
  if (!redirect || !redirect.startsWith('/') || redirect.startsWith('//') || redirect.startsWith('/login')) {
    return '/';
  }
  return redirect;
}
