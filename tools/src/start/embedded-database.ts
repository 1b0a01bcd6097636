import { mkdirSync } from 'node:fs';
import { startSerialWireProxy } from './serial-wire-proxy';

/** A PGlite database served over the PostgreSQL wire protocol on 127.0.0.1. */
export interface EmbeddedDatabase {
  /** Connection URL for pg/TypeORM. */
  url: string;
  close(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Folder of the database files; created when missing, reused (with its data) when present. */
  dataDir: string;
  /**
   * Connections the socket server accepts. PGlite runs one query at a time whatever this is, but a
   * client whose connection is refused dies with ECONNRESET, so leave room for every pool.
   */
  maxConnections: number;
}

/**
 * Opens (or creates) a PGlite database with the pg_trgm extension and serves it on a free port,
 * behind a proxy that keeps each connection's queries and transactions whole.
 * PGlite and its socket server are ES modules: they are loaded with `import()`, and only when the
 * embedded database is wanted.
 */
export async function startEmbeddedDatabase({
  dataDir,
  maxConnections,
}: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const [{ PGlite }, { pg_trgm }, { PGLiteSocketServer }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite-socket'),
  ]);
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  // Connections reach PGlite through the proxy, one exchange at a time (see its comment).
  const [host, port] = server.getServerConn().split(':');
  const proxy = await startSerialWireProxy({ host, port: Number(port) });
  // PGlite ignores the credentials; pg needs some to build its startup message.
  const url = `postgres://postgres:postgres@127.0.0.1:${proxy.port}/postgres`;
  return {
    url,
    async close() {
      await proxy.close();
      await server.stop();
      await db.close();
    },
  };
}
