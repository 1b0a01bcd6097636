// Post-build step: one page per section and language, `sections/<segment>.<lang>.html`, which the
// API sends instead of index.html for that section's URLs (apps/api/src/web/web-app.ts). Each is
// index.html with hints that let the browser fetch, side by side with the first scripts, what the
// section's first page waits for: its code (a lazy route is a chain of imports the browser would
// otherwise find one round trip at a time, after main.js has run), the shell's and the section's
// texts, and the API requests the page makes as it opens.
//
// Usage: node scripts/preload-sections.mjs <dist folder> [--routes F] [--texts F] [--requests F]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { APP_DIR, readAppSections, readSectionLists } from './app-sections.mjs';
import { initialFiles, readBuildGraph, routeFiles } from './build-graph.mjs';

const { values: files, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    routes: { type: 'string', default: join(APP_DIR, 'app.routes.ts') },
    texts: { type: 'string', default: join(APP_DIR, 'section-texts.ts') },
    requests: { type: 'string', default: join(APP_DIR, 'section-requests.ts') },
  },
});
const distDir = positionals[0];
if (!distDir) throw new Error('Usage: node scripts/preload-sections.mjs <dist folder>');
const browserDir = join(distDir, 'browser');
const indexHtml = readFileSync(join(browserDir, 'index.html'), 'utf8');
const graph = readBuildGraph(distDir);
const initial = initialFiles(graph, indexHtml).scripts;
const texts = readSectionLists(files.texts);
const requests = readSectionLists(files.requests);
// The shell's texts, one file per language (i18n/de.json, i18n/en.json).
const languages = readdirSync(join(browserDir, 'i18n'))
  .filter((name) => /^[a-z]{2}\.json$/.test(name))
  .map((name) => name.slice(0, 2));

// Fetched by Angular's HttpClient (fetch, cors mode, same-origin credentials): a preload is
// used only when it asks the same way.
const fetchHint = (url) => `<link rel="preload" href="${url}" as="fetch" crossorigin="anonymous">`;
const moduleHint = (file) => `<link rel="modulepreload" href="${file}">`;

mkdirSync(join(browserDir, 'sections'), { recursive: true });
const sections = readAppSections(files.routes);
for (const { segment, section, source } of sections) {
  const chunks = [...routeFiles(graph, source)].filter((file) => !initial.has(file)).sort();
  for (const lang of languages) {
    const hints = [
      ...chunks.map(moduleHint),
      fetchHint(`/i18n/${lang}.json`),
      ...(texts[section] ?? []).map((feature) => fetchHint(`/i18n/${feature}/${lang}.json`)),
      ...(requests[section] ?? []).map(fetchHint),
    ];
    const page = indexHtml.replace('</head>', `${hints.join('')}</head>`);
    writeFileSync(join(browserDir, 'sections', `${segment || 'index'}.${lang}.html`), page);
  }
}
console.log(`Wrote the pages of ${sections.length} sections in ${languages.join(', ')}`);
