import type { ImportStatus } from '@kohorte/contracts';
import { Client } from 'pg';
import { firstOf } from '../shared/items';

/** Waits for the status the worker writes; a light query, as the UI's 1 s poll would be. */
export async function waitForImport(
  url: string,
  id: string,
  wanted: ImportStatus,
  timeoutMs = 300_000,
) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await client.query<{ status: ImportStatus; error: string | null }>(
        'SELECT status, error FROM import_jobs WHERE id = $1',
        [id],
      );
      if (firstOf(rows).status === wanted) return;
      if (firstOf(rows).status === 'failed')
        throw new Error(`import failed: ${firstOf(rows).error}`);
      if (Date.now() > deadline) throw new Error(`import still ${firstOf(rows).status}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await client.end();
  }
}
