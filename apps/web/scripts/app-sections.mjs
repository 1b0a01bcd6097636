// The web app's sections as its source declares them, read by the post-build steps: which URL
// opens which lazily loaded code (app.routes.ts), which feature texts each section loads with it
// (section-texts.ts) and which API requests its first page makes (section-requests.ts).
// section-texts.spec.ts and section-requests.spec.ts check those files against the code.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), '../src/app');

/** `{ section: ['a', 'b'] }` from a file that lists string arrays per section, one a line. */
export function readSectionLists(path) {
  const lists = {};
  for (const [, section, items] of readFileSync(path, 'utf8').matchAll(
    /^\s*(\w+): \[([^\]]*)\]/gm,
  )) {
    lists[section] = [...items.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  }
  return lists;
}

const LAZY_ROUTE =
  /path: '([^']*)',[^{}]*?withTexts\(\s*SECTION_TEXTS\.(\w+),\s*\(\)\s*=>\s*import\('\.\/([^']+)'\)/g;
const ROOT_REDIRECT = /path: '', pathMatch: 'full', redirectTo: '([\w-]+)'/;

/**
 * The app's lazily loaded routes by the first segment of their URL: `{ segment, section, source }`
 * with `source` the path of the code the route imports (src/app/…ts, as the build's stats name
 * it); the empty segment is the page the root redirects to. Routes with a parameter or a wildcard
 * in their first segment are left out.
 */
export function readAppSections(routesFile = join(APP_DIR, 'app.routes.ts')) {
  const text = readFileSync(routesFile, 'utf8');
  const sections = [];
  for (const [, path, section, specifier] of text.matchAll(LAZY_ROUTE)) {
    const segment = path.split('/')[0];
    if (!/^[a-z][a-z0-9-]*$/.test(segment)) continue;
    if (sections.some((s) => s.segment === segment)) continue;
    sections.push({ segment, section, source: `src/app/${specifier}.ts` });
  }
  const redirect = text.match(ROOT_REDIRECT)?.[1];
  const target = sections.find((s) => s.segment === redirect);
  if (target) sections.push({ ...target, segment: '' });
  return sections;
}
