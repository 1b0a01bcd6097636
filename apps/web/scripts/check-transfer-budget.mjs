// Post-build check: the brotli bytes that opening /startups costs (its page, the first
// scripts and styles, the startups section's code, the shell's and the section's texts) stay
// within the budget; over it, the build fails. Angular's own budgets count raw bytes of the
// initial files only, not what travels, and not the lazy route the first page needs.
//
// Usage: node scripts/check-transfer-budget.mjs <dist folder> [--max-kb N]
// Reads <dist>/stats.json (statsJson in angular.json) and the .br copies that compress-build.mjs
// wrote beside each file (a file without one travels as it is).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { APP_DIR, readSectionLists } from './app-sections.mjs';
import { initialFiles, readBuildGraph, routeFiles } from './build-graph.mjs';

// The ceiling (issue 13): 146 kB when it was set, from 243 kB. What loads after the first page
// (`@defer (when firstPage.shown())`: the toolbar search, the account menu, the list's filters,
// paginator and saved views) is a dynamic import and not counted here; nor are the detail page's
// texts. Raised to 160 kB with the server render: Angular's hydration and event replay add 8.6 kB
// to the first scripts (156.7 kB then), and a server-rendered /startups paints from its 22 kB
// page alone, before any of these arrive.
const DEFAULT_MAX_KB = 160;
const ROUTE_ENTRY = 'src/app/startups/startups.routes.ts';
const SECTION = 'startups';
const SECTION_TEXTS = join(APP_DIR, 'section-texts.ts');
// The page the API sends for /startups (preload-sections.mjs), else index.html.
const SECTION_PAGE = `sections/${SECTION}.en.html`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'max-kb': { type: 'string', default: String(DEFAULT_MAX_KB) },
    'section-texts': { type: 'string', default: SECTION_TEXTS },
  },
});
const distDir = positionals[0];
if (!distDir) throw new Error('Usage: node scripts/check-transfer-budget.mjs <dist> [--max-kb N]');
const maxBytes = Number(values['max-kb']) * 1024;
const browserDir = join(distDir, 'browser');

/** The feature texts the section loads with its code, as section-texts.ts lists them. */
function sectionFeatures(path) {
  const features = readSectionLists(path)[SECTION];
  if (!features) throw new Error(`${path} lists no texts for ${SECTION}`);
  return features;
}

/** What a file costs on the wire: its brotli copy when the build wrote one, else itself. */
function transferBytes(file) {
  const path = join(browserDir, file);
  if (existsSync(`${path}.br`)) return statSync(`${path}.br`).size;
  if (!existsSync(path)) throw new Error(`The build has no ${file}`);
  return statSync(path).size;
}

const indexHtml = readFileSync(join(browserDir, 'index.html'), 'utf8');
const graph = readBuildGraph(distDir);
const initial = initialFiles(graph, indexHtml);
const route = [...routeFiles(graph, ROUTE_ENTRY)].filter((file) => !initial.scripts.has(file));
const texts = [
  'i18n/en.json',
  ...sectionFeatures(values['section-texts']).map((f) => `i18n/${f}/en.json`),
];

const page = existsSync(join(browserDir, SECTION_PAGE)) ? SECTION_PAGE : 'index.html';
const groups = [
  [page.replace('sections/', ''), [page]],
  ['initial scripts', [...initial.scripts]],
  ['styles', [...initial.styles]],
  [`${SECTION} section`, route],
  ['texts (en)', texts],
];
let total = 0;
for (const [label, files] of groups) {
  const bytes = files.reduce((sum, file) => sum + transferBytes(file), 0);
  total += bytes;
  console.log(
    `${label.padEnd(18)} ${String(files.length).padStart(3)} files ${(bytes / 1024).toFixed(1).padStart(7)} kB`,
  );
}
const verdict = `/startups transfers ${(total / 1024).toFixed(1)} kB (brotli) of at most ${values['max-kb']} kB`;
if (total > maxBytes) {
  console.error(`Over budget: ${verdict}. Defer what the first page does not need.`);
  process.exit(1);
}
console.log(`Within budget: ${verdict}`);
