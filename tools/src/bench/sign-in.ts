import { CSRF_COOKIE, CSRF_HEADER } from '@kohorte/contracts';

function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(';', 1).join(''));
}

/**
 * Signs in through the API as a browser does (CSRF cookie first, then the double-submit POST) and
 * returns the Cookie header of the session.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const pre = cookiePairs(await fetch(`${baseUrl}/api/v1/auth/session`));
  const csrf = pre
    .find((pair) => pair.startsWith(`${CSRF_COOKIE}=`))
    ?.slice(CSRF_COOKIE.length + 1);
  if (!csrf) throw new Error('The API set no CSRF cookie on GET /api/v1/auth/session');
  const res = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: pre.join('; '), [CSRF_HEADER]: csrf },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`Sign-in answered ${res.status}: ${await res.text()}`);
  return cookiePairs(res).join('; ');
}
