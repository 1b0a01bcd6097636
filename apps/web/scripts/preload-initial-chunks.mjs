// Post-build step: lets the browser fetch every script of the first load at once. Angular's
// index.html preloads at most 10 of the chunks main.js imports; the others were found only
// after main.js had arrived and been parsed, one more round trip before the app could start.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexEntries, initialFiles, readBuildGraph } from './build-graph.mjs';

const distDir = process.argv[2];
if (!distDir) throw new Error('Usage: node scripts/preload-initial-chunks.mjs <dist folder>');
const indexPath = join(distDir, 'browser', 'index.html');
const indexHtml = readFileSync(indexPath, 'utf8');

const { scripts } = initialFiles(readBuildGraph(distDir), indexHtml);
const named = new Set([
  ...indexEntries(indexHtml).scripts,
  ...[...indexHtml.matchAll(/rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]),
]);
const missing = [...scripts].filter((file) => !named.has(file)).sort();
const hints = missing.map((file) => `<link rel="modulepreload" href="${file}">`).join('');
writeFileSync(indexPath, indexHtml.replace('</head>', `${hints}</head>`));
console.log(`Preloading ${missing.length} more initial chunks (${named.size} were named already)`);
