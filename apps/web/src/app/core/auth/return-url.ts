export const DEFAULT_RETURN_URL = '/dashboard';

/**
 * The page to open after signing in. Only a path inside this app is accepted: a return URL comes
 * from the address bar, and following `//evil.example` or `https://…` would be an open redirect.
 */
export function safeReturnUrl(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) {
    return DEFAULT_RETURN_URL;
  }
  if (raw === '/' || raw.startsWith('/sign-in')) return DEFAULT_RETURN_URL;
  return raw;
}
