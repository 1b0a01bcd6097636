import { listSql, SESSION_SQL, STARTUP_ROWS_SQL } from './bare-sql';
import type { ServerProcess } from './server-process';

// eslint-disable-next-line no-control-regex -- ANSI colour codes are control characters
const ANSI_CODES = /\u001b\[[0-9;]*m/g;

/** The statements in TypeORM's query log (`query: <sql> -- PARAMETERS: [...]`), in order. */
export function loggedQueries(output: string): string[] {
  return output
    .replace(ANSI_CODES, '')
    .split(/^query: /m)
    .slice(1)
    .map((entry) => {
      const end = entry.indexOf(' -- PARAMETERS: ');
      return (end >= 0 ? entry.slice(0, end) : entry.split('\n')[0]).trim();
    });
}

export interface SqlProbe {
  path: string;
  /** The search words the request sends (none for the plain list). */
  words: readonly string[];
}

/**
 * Sends each probe to an API started with LOG_SQL=true and compares the statements it logged with
 * the bare server's; returns a description of every difference (empty when the SQL is the same).
 */
export async function compareSql(
  api: ServerProcess,
  cookie: string,
  probes: readonly SqlProbe[],
): Promise<string[]> {
  const differences: string[] = [];
  for (const probe of probes) {
    api.takeOutput();
    const res = await fetch(`${api.baseUrl}${probe.path}`, { headers: { cookie } });
    // Read the whole answer, so the request (and its logging) has finished.
    await res.arrayBuffer();
    // The child writes its log before it answers; give the pipe a moment to deliver it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const logged = loggedQueries(api.takeOutput());
    const expected = [SESSION_SQL, listSql(probe.words, 25, 1).sql, STARTUP_ROWS_SQL];
    if (logged.length !== expected.length) {
      differences.push(
        `${probe.path}: the API sent ${logged.length} statements, the bare server ${expected.length}`,
      );
    }
    expected.forEach((sql, index) => {
      if (logged[index] !== undefined && logged[index] !== sql) {
        differences.push(
          `${probe.path}, statement ${index + 1}:\n  API:  ${logged[index]}\n  bare: ${sql}`,
        );
      }
    });
  }
  return differences;
}
