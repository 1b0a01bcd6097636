// Import boundaries between the workspaces, and between the folders of packages/server.
// `npm run lint` runs it (`npm run lint:imports`) after ESLint. dependency-cruiser resolves every
// import to the file it loads (workspace packages through their symlink to packages/*/dist), so each
// rule below is a path pattern over real files, and its `scope: 'folder'` rule sees cycles between
// folders, which a per-file ESLint rule cannot. Every exception is written here with its reason.

/** Frameworks and drivers the matching engine must not import: it is a pure library (ARCHITECTURE.md). */
const FRAMEWORKS = '(@nestjs/[^/]+|typeorm|bullmq|ioredis|pg|express|fastify)';

/** The folders of packages/server: src/infra/<part> and src/domains/<domain>. */
const SERVER_FOLDER = '^packages/server/src/(infra|domains)/[^/]+$';

/** A domain of packages/server; its one public entry is its index.ts. */
const DOMAIN = '^packages/server/src/domains/';

module.exports = {
  forbidden: [
    {
      name: 'web-imports-only-contracts',
      comment:
        'The web app knows the server only through @kohorte/contracts (one definition of each shape).',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^(apps/(?!web/)|packages/(?!contracts/)|tools/)' },
    },
    {
      name: 'packages-never-import-apps',
      comment:
        'Apps run, packages are used: a package that imports an app turns the layers upside down.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^(apps|tools)/' },
    },
    {
      name: 'apps-never-import-apps',
      comment:
        'Apps share code through packages, never through each other. apps/web-e2e is the exception: it is the test harness that builds and starts the api, worker and web app it drives.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/', pathNot: '^apps/web-e2e/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'contracts-imports-no-workspace',
      comment:
        'packages/contracts is the bottom layer: types and rules that every other workspace reads.',
      severity: 'error',
      from: { path: '^packages/contracts/' },
      to: { path: '^(apps|packages|tools)/', pathNot: '^packages/contracts/' },
    },
    {
      name: 'matching-imports-no-framework',
      comment:
        'packages/matching takes plain arrays and returns plain results: no framework, no database, no queue.',
      severity: 'error',
      from: { path: '^packages/matching/' },
      to: {
        path: [`(^|/)node_modules/${FRAMEWORKS}/`, `^${FRAMEWORKS}$`],
      },
    },
    {
      name: 'matching-imports-no-workspace',
      comment:
        'The engine stands alone: it has its own tests and benchmark and no workspace dependency.',
      severity: 'error',
      from: { path: '^packages/matching/' },
      to: { path: '^(apps|packages|tools)/', pathNot: '^packages/matching/' },
    },
    {
      name: 'domains-import-domains-through-their-entry',
      comment:
        "A domain uses another only through that domain's index.ts, so each domain can change its inside without breaking the others.",
      severity: 'error',
      from: { path: `${DOMAIN}([^/]+)/` },
      to: {
        path: DOMAIN,
        pathNot: [`${DOMAIN}$1/`, `${DOMAIN}[^/]+/index\\.ts$`],
      },
    },
    {
      name: 'infra-imports-no-domain',
      comment:
        'Infrastructure (config, database, redis, queue, auth, links, observability, …) knows no domain; the entity registry (database/entities.ts) is the one composition root, left out of the graph below.',
      severity: 'error',
      from: { path: '^packages/server/src/infra/' },
      to: { path: DOMAIN },
    },
    {
      name: 'no-cycles-between-server-folders',
      comment:
        'Two domain folders that import each other hold one concept between them; it needs one owner.',
      severity: 'error',
      scope: 'folder',
      from: { path: SERVER_FOLDER },
      to: { path: SERVER_FOLDER, circular: true },
    },
  ],
  options: {
    // Workspace packages resolve to their built dist, which is checked as a target but not cruised.
    doNotFollow: { path: ['node_modules', '/dist/'] },
    exclude: {
      path: [
        '/\\.angular/',
        '/coverage/',
        // The entity registry that the DataSource loads is a composition root: it lists every
        // domain's entities, so it would put `database` in a cycle with every domain that uses a
        // transaction. Left out of the graph (it holds imports only, no code).
        '^packages/server/src/infra/database/entities\\.ts$',
      ],
    },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'types', 'default'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: {},
  },
};
