// Post-build step: a build with a server render names the browser's page `index.csr.html`, for
// Angular's own server to tell it from the rendered one. Here the API sends it (and the build's
// other steps and the server render start from it), under its usual name.
//
// Usage: node scripts/name-browser-index.mjs <dist folder>
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';

const distDir = process.argv[2];
if (!distDir) throw new Error('Usage: node scripts/name-browser-index.mjs <dist folder>');
const browserDir = join(distDir, 'browser');
const built = join(browserDir, 'index.csr.html');
if (existsSync(built)) renameSync(built, join(browserDir, 'index.html'));
