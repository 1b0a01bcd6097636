import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROPOSAL_STATUSES, type ProposalStatus } from '@kohorte/contracts';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../infra/database/data-source-options';
import { rows } from '../../infra/database/typed-query';
import { moveProposals, PROPOSAL_TRANSITIONS } from './proposal-lifecycle';

describe('the proposal lifecycle', () => {
  let db: DataSource;
  let runId: string;
  /** One proposal per status, by status. */
  const byStatus = new Map<ProposalStatus, string>();

  beforeAll(async () => {
    db = new DataSource(dataSourceOptions({ url: process.env.DATABASE_URL!, poolSize: 2 }));
    await db.initialize();
    const programme = await rows({ id: 'uuid' }).one(
      db,
      `INSERT INTO programmes (name) VALUES ('Lifecycle') RETURNING id`,
    );
    const cohort = await rows({ id: 'uuid' }).one(
      db,
      `INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
       VALUES ($1, 'Lifecycle', '2027-01-01', '2027-06-30', 'running') RETURNING id`,
      [programme.id],
    );
    const run = await rows({ id: 'uuid' }).one(
      db,
      `INSERT INTO matching_runs (cohort_id, kind, status, parameters)
       VALUES ($1, 'mentors', 'done', '{}') RETURNING id`,
      [cohort.id],
    );
    runId = run.id;
    const startup = await rows({ id: 'uuid' }).one(
      db,
      `INSERT INTO startups (name) VALUES ('Lifecycle GmbH') RETURNING id`,
    );
    for (const [n, status] of PROPOSAL_STATUSES.entries()) {
      const mentor = await rows({ id: 'uuid' }).one(
        db,
        `INSERT INTO mentors (full_name, email, capacity) VALUES ($1, $2, 2) RETURNING id`,
        [`Mentor ${n}`, `lifecycle-${n}-${Date.now()}@test.kohorte.dev`],
      );
      const proposal = await rows({ id: 'uuid' }).one(
        db,
        `INSERT INTO match_proposals (run_id, cohort_id, startup_id, mentor_id, score, parts, rank, status)
         VALUES ($1, $2, $3, $4, 50, '[]', $5, $6) RETURNING id`,
        [runId, cohort.id, startup.id, mentor.id, n + 1, status],
      );
      byStatus.set(status, proposal.id);
    }
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('names only real statuses, and every status but the first is reached by some event', () => {
    const reached = new Set<ProposalStatus>(['proposed']);
    for (const transition of Object.values(PROPOSAL_TRANSITIONS)) {
      for (const status of transition.from) expect(PROPOSAL_STATUSES).toContain(status);
      reached.add(transition.to);
    }
    expect([...reached].sort()).toEqual([...PROPOSAL_STATUSES].sort());
  });

  it('moves only the proposals in a status the event starts from, stamping what it says', async () => {
    const all = [...byStatus.values()];
    await db
      .transaction(async (manager) => {
        const moved = await moveProposals(
          manager,
          'offerToMentor',
          { runId, ids: all },
          'manager',
          {
            deadlineSeconds: 3600,
          },
        );
        expect(moved).toEqual([byStatus.get('approved')]);
        const [row] = await rows({ status: 'text', waiting: 'bool', due: 'bool' }).all(
          manager,
          `SELECT status, offered_at IS NOT NULL AS waiting,
           expires_at BETWEEN now() + interval '59 minutes' AND now() + interval '61 minutes' AS due
         FROM match_proposals WHERE id = $1`,
          [moved[0]],
        );
        expect(row).toEqual({ status: 'offered', waiting: true, due: true });
        // Now two are offered: both may expire, and nothing else does.
        const expired = await moveProposals(manager, 'expire', { ids: all }, 'system');
        expect(expired.sort()).toEqual(
          [byStatus.get('approved'), byStatus.get('offered'), byStatus.get('startup-asked')].sort(),
        );
        throw new RollBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RollBack)) throw error;
      });
  });

  it('refuses an event caused by someone the table does not name', async () => {
    await expect(
      db.transaction((manager) =>
        moveProposals(manager, 'accept', { ids: [byStatus.get('offered')!] }, 'manager'),
      ),
    ).rejects.toThrow("A proposal's accept is not for the manager to cause");
  });
});

class RollBack extends Error {}
