// Post-build step of `npm run build`: writes a brotli (.br) and a gzip (.gz) copy beside every
// text file of the web build, so that the API sends them as they are (apps/api/src/web/web-app.ts)
// and never compresses per request. Both at their highest level: this runs once per build, and
// every visitor downloads the result.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const TEXT_FILE = /\.(js|mjs|css|html|json|svg|txt|xml|webmanifest)$/;
// Below this a file fits in a packet or two either way, and the copies would only add requests'
// worth of bookkeeping.
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function* textFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (TEXT_FILE.test(entry.name)) yield path;
  }
}

/** Writes the copies of one file that are smaller than it; returns the sizes for the summary. */
async function compressFile(path) {
  const original = await readFile(path);
  if (original.length < MIN_BYTES) return null;
  const [br, gz] = await Promise.all([
    brotli(original, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
      },
    }),
    gzipAsync(original, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  // A copy that saves nothing is left out: the server then sends the file itself.
  if (br.length < original.length) await writeFile(`${path}.br`, br);
  if (gz.length < original.length) await writeFile(`${path}.gz`, gz);
  return {
    original: original.length,
    br: Math.min(br.length, original.length),
    gz: Math.min(gz.length, original.length),
  };
}

async function main() {
  const dir = process.argv[2];
  if (!dir || !(await stat(dir).catch(() => null))?.isDirectory()) {
    throw new Error(`Usage: node scripts/compress-build.mjs <build folder>; got "${dir ?? ''}"`);
  }
  const paths = [];
  for await (const path of textFiles(dir)) paths.push(path);
  const sizes = (await Promise.all(paths.map(compressFile))).filter(Boolean);
  const total = (key) => Math.round(sizes.reduce((sum, size) => sum + size[key], 0) / 1024);
  console.log(
    `Compressed ${sizes.length} files in ${relative(process.cwd(), dir) || '.'}: ` +
      `${total('original')} kB → gzip ${total('gz')} kB, brotli ${total('br')} kB`,
  );
}

await main();
