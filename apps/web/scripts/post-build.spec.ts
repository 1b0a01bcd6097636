/**
 * @jest-environment node
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// The post-build steps of `npm run build`, run as the build runs them, on a small build made
// here: an entry, a chunk it imports, the startups route's chunk with a chunk of its own, and
// another route's chunk that opening /startups must not count.
const SCRIPTS = __dirname;
const KB = 1024;

interface Output {
  imports?: { path: string; kind: 'import-statement' | 'dynamic-import' }[];
  entryPoint?: string;
  inputs?: Record<string, { bytesInOutput: number }>;
}

let dist: string;

function write(path: string, content: string | Buffer): void {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), content);
}

/** A file of the build whose brotli copy has exactly `brKb` kB. */
function builtFile(name: string, brKb: number): void {
  write(`browser/${name}`, 'x'.repeat(brKb * KB * 4));
  write(`browser/${name}.br`, Buffer.alloc(brKb * KB));
}

function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(SCRIPTS, script), dist, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'kohorte-web-dist-'));
  const outputs: Record<string, Output> = {
    'main-AAAA1111.js': {
      imports: [
        { path: 'chunk-SHARED11.js', kind: 'import-statement' },
        { path: 'chunk-ROUTE111.js', kind: 'dynamic-import' },
        { path: 'chunk-OTHER111.js', kind: 'dynamic-import' },
      ],
    },
    'chunk-SHARED11.js': { imports: [] },
    'chunk-ROUTE111.js': {
      entryPoint: 'src/app/startups/startups.routes.ts',
      imports: [
        { path: 'chunk-SHARED11.js', kind: 'import-statement' },
        { path: 'chunk-TABLE111.js', kind: 'import-statement' },
      ],
    },
    'chunk-TABLE111.js': { imports: [] },
    'chunk-OTHER111.js': { entryPoint: 'src/app/mentors/mentors.routes.ts', imports: [] },
    'styles-AAAA1111.css': {},
  };
  write('stats.json', JSON.stringify({ inputs: {}, outputs }));
  write(
    'browser/index.html',
    '<html><head><link rel="stylesheet" href="styles-AAAA1111.css"></head><body>' +
      '<link rel="modulepreload" href="chunk-SHARED11.js">' +
      '<script src="main-AAAA1111.js" type="module"></script></body></html>',
  );
  builtFile('main-AAAA1111.js', 40);
  builtFile('chunk-SHARED11.js', 30);
  builtFile('chunk-ROUTE111.js', 20);
  builtFile('chunk-TABLE111.js', 10);
  builtFile('chunk-OTHER111.js', 500);
  builtFile('styles-AAAA1111.css', 2);
  builtFile('i18n/en.json', 3);
  builtFile('i18n/lists/en.json', 1);
  builtFile('i18n/mentors/en.json', 50);
  write('section-texts.ts', "export const SECTION_TEXTS = {\n  startups: ['lists'],\n};\n");
});

afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe('check-transfer-budget.mjs', () => {
  const texts = () => ['--section-texts', join(dist, 'section-texts.ts')];

  it('counts the first load of /startups: entry, its imports, the route’s chunks, styles, texts', () => {
    const { status, out } = run('check-transfer-budget.mjs', '--max-kb', '150', ...texts());
    // 40 + 30 (initial) + 20 + 10 (route) + 2 (styles) + 3 + 1 (texts) + index.html
    const indexKb = readFileSync(join(dist, 'browser/index.html')).length / KB;
    expect(out).toContain(`/startups transfers ${(106 + indexKb).toFixed(1)} kB`);
    expect(out).toMatch(/initial scripts\s+2 files\s+70\.0 kB/);
    expect(out).toMatch(/startups section\s+2 files\s+30\.0 kB/);
    expect(status).toBe(0);
  });

  it('fails the build over the budget', () => {
    const { status, out } = run('check-transfer-budget.mjs', '--max-kb', '100', ...texts());
    expect(out).toContain('Over budget');
    expect(status).toBe(1);
  });

  it('finds the route by the code its chunk holds when the chunk optimiser named no entry point', () => {
    const stats = JSON.parse(readFileSync(join(dist, 'stats.json'), 'utf8')) as {
      outputs: Record<string, Output>;
    };
    const route = stats.outputs['chunk-ROUTE111.js'];
    delete route.entryPoint;
    route.inputs = {
      'src/app/startups/startup-list.ts': { bytesInOutput: 900 },
      'src/app/startups/startups.routes.ts': { bytesInOutput: 100 },
    };
    write('stats.json', JSON.stringify(stats));
    const { status, out } = run('check-transfer-budget.mjs', '--max-kb', '150', ...texts());
    expect(out).toMatch(/startups section\s+2 files\s+30\.0 kB/);
    expect(status).toBe(0);
  });

  it('fails when the build has no chunk for the startups route', () => {
    const stats = JSON.parse(readFileSync(join(dist, 'stats.json'), 'utf8')) as {
      outputs: Record<string, Output>;
    };
    delete stats.outputs['chunk-ROUTE111.js'].entryPoint;
    write('stats.json', JSON.stringify(stats));
    const { status, out } = run('check-transfer-budget.mjs', ...texts());
    expect(out).toContain('no chunk for src/app/startups/startups.routes.ts');
    expect(status).not.toBe(0);
  });
});

describe('inline-styles.mjs', () => {
  it('puts the style sheet into index.html, so the first paint waits for no request', () => {
    write('browser/styles-AAAA1111.css', '.a{color:red}\n');

    const { status } = run('inline-styles.mjs');
    const html = readFileSync(join(dist, 'browser/index.html'), 'utf8');
    expect(status).toBe(0);
    expect(html).toContain('<head><style>.a{color:red}</style></head>');
    expect(html).not.toContain('rel="stylesheet"');
  });

  it('fails when index.html links no style sheet (a build that changed shape)', () => {
    write('browser/index.html', '<html><head></head><body></body></html>');

    const { status, out } = run('inline-styles.mjs');
    expect(status).toBe(1);
    expect(out).toContain('links no style sheet');
  });
});

describe('preload-initial-chunks.mjs', () => {
  it('preloads every chunk the entry imports that index.html does not name yet', () => {
    const stats = JSON.parse(readFileSync(join(dist, 'stats.json'), 'utf8')) as {
      outputs: Record<string, Output>;
    };
    stats.outputs['chunk-SHARED11.js'].imports = [
      { path: 'chunk-DEEP1111.js', kind: 'import-statement' },
    ];
    stats.outputs['chunk-DEEP1111.js'] = { imports: [] };
    write('stats.json', JSON.stringify(stats));

    const { status } = run('preload-initial-chunks.mjs');
    const html = readFileSync(join(dist, 'browser/index.html'), 'utf8');
    expect(status).toBe(0);
    expect(html).toContain('<link rel="modulepreload" href="chunk-DEEP1111.js"></head>');
    expect(html.match(/href="chunk-SHARED11.js"/g)).toHaveLength(1);
    expect(html).not.toContain('chunk-ROUTE111.js');
    expect(html).not.toContain('chunk-OTHER111.js');
  });
});

describe('preload-sections.mjs', () => {
  beforeEach(() => {
    builtFile('i18n/de.json', 3);
    write(
      'app.routes.ts',
      [
        "{ path: '', pathMatch: 'full', redirectTo: 'startups' },",
        '{',
        "  path: 'startups',",
        '  loadChildren: withTexts(SECTION_TEXTS.startups, () =>',
        "    import('./startups/startups.routes').then((m) => m.STARTUP_ROUTES),",
        '  ),',
        '},',
        '{',
        "  path: 'mentors/:id',",
        '  loadComponent: withTexts(SECTION_TEXTS.mentors, () =>',
        "    import('./mentors/mentors.routes').then((m) => m.MENTOR_ROUTES),",
        '  ),',
        '},',
      ].join('\n'),
    );
    write(
      'section-requests.ts',
      "export const SECTION_REQUESTS = {\n  startups: ['/api/v1/x'],\n};\n",
    );
  });

  const files = () => [
    ...['--routes', join(dist, 'app.routes.ts')],
    ...['--texts', join(dist, 'section-texts.ts')],
    ...['--requests', join(dist, 'section-requests.ts')],
  ];
  const page = (name: string) => readFileSync(join(dist, 'browser/sections', name), 'utf8');

  it('writes per section and language index.html with hints for its code, texts and requests', () => {
    const { status } = run('preload-sections.mjs', ...files());
    expect(status).toBe(0);
    const fetchHint = (url: string) =>
      `<link rel="preload" href="${url}" as="fetch" crossorigin="anonymous">`;
    expect(page('startups.de.html')).toContain(
      '<link rel="modulepreload" href="chunk-ROUTE111.js">' +
        '<link rel="modulepreload" href="chunk-TABLE111.js">' +
        fetchHint('/i18n/de.json') +
        fetchHint('/i18n/lists/de.json') +
        fetchHint('/api/v1/x') +
        '</head>',
    );
    // What index.html loads already is not named twice; another section's code not at all.
    expect(page('startups.en.html').match(/href="chunk-SHARED11.js"/g)).toHaveLength(1);
    expect(page('startups.en.html')).not.toContain('chunk-OTHER111.js');
    expect(page('startups.en.html')).toContain(fetchHint('/i18n/lists/en.json'));
    // A nested route's page is its first segment's; the root redirects to the startups.
    expect(page('mentors.en.html')).toContain(
      '<link rel="modulepreload" href="chunk-OTHER111.js">',
    );
    expect(page('index.en.html')).toBe(page('startups.en.html'));
    expect(readdirSync(join(dist, 'browser/sections')).sort()).toEqual([
      'index.de.html',
      'index.en.html',
      'mentors.de.html',
      'mentors.en.html',
      'startups.de.html',
      'startups.en.html',
    ]);
  });

  it('lets the budget count the page the API sends for /startups', () => {
    run('preload-sections.mjs', ...files());
    const { out } = run(
      'check-transfer-budget.mjs',
      ...['--section-texts', join(dist, 'section-texts.ts')],
    );
    expect(out).toMatch(/startups\.en\.html\s+1 files/);
  });
});
