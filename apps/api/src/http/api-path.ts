/** Whether a request's URL (path and query) is the API's rather than the web app's. */
export function isApiPath(url: string): boolean {
  if (!url.startsWith('/api')) return false;
  const next = url.charAt(4);
  return next === '' || next === '/' || next === '?';
}
