// The web build's module graph, read from the esbuild metafile that `ng build` writes with
// `statsJson` (dist/stats.json): which files index.html loads at once, and which a lazy route
// adds. Shared by the post-build steps that preload the first files and check their size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `{ file: { staticImports, dynamicImports, entryPoint, sources } }` for every JavaScript file
 * built; `sources` are the source paths whose code the file holds.
 */
export function readBuildGraph(distDir) {
  const stats = JSON.parse(readFileSync(join(distDir, 'stats.json'), 'utf8'));
  const graph = new Map();
  for (const [file, output] of Object.entries(stats.outputs)) {
    if (!file.endsWith('.js')) continue;
    const imports = output.imports ?? [];
    graph.set(file, {
      staticImports: imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
      dynamicImports: imports.filter((i) => i.kind === 'dynamic-import').map((i) => i.path),
      entryPoint: output.entryPoint ?? null,
      sources: Object.keys(output.inputs ?? {}),
    });
  }
  return graph;
}

/** The files and everything they import statically: what the browser needs before running them. */
export function staticClosure(graph, files) {
  const seen = new Set();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...(graph.get(file)?.staticImports ?? []));
  }
  return seen;
}

/** The scripts and style sheets index.html names (its own tags, not the preload hints). */
export function indexEntries(indexHtml) {
  const scripts = [...indexHtml.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  const styles = [...indexHtml.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1],
  );
  return { scripts, styles };
}

/** What a page load fetches before any route: index.html's scripts with their imports, styles. */
export function initialFiles(graph, indexHtml) {
  const { scripts, styles } = indexEntries(indexHtml);
  return { scripts: staticClosure(graph, scripts), styles: new Set(styles) };
}

/**
 * The files a lazy route adds: the chunk built for `entryPoint` (a source path) and its imports.
 * esbuild names a lazy chunk's entry point; after the chunk optimiser (NG_BUILD_OPTIMIZE_CHUNKS)
 * only dynamic entries that are also entries carry it, so the chunk holding the source counts.
 */
export function routeFiles(graph, entryPoint) {
  const chunks = [...graph];
  const chunk =
    chunks.find(([, output]) => output.entryPoint === entryPoint)?.[0] ??
    chunks.find(([, output]) => output.sources.includes(entryPoint))?.[0];
  if (!chunk) throw new Error(`The build has no chunk for ${entryPoint}`);
  return staticClosure(graph, [chunk]);
}
