// A link's token is a password (DESIGN.md): the pages an email link opens carry it in the path.
const LINK_PAGE = /^(\/respond\/[^/?#]+\/)[^/?#]+/;

/**
 * The path of a request URL as logs may show it: no query string (searches hold names and email
 * addresses) and no link token.
 */
export function safeUrl(url: string | undefined): string {
  const path = (url ?? '').split(/[?#]/, 1)[0] ?? '';
  return path.replace(LINK_PAGE, '$1[token]');
}
