import type { TimelineEntry, SubjectType } from '@kohorte/contracts';
import { column, query, rowSpec } from '../../infra/database/typed-query';

// Names come from the users table at read time: a renamed user shows under the new name.
const ENTRY_COLUMNS = `a.id, a.subject_type AS "subjectType", a.subject_id AS "subjectId", a.kind,
  a.actor_id AS "actorId", actor.name AS "actorName", a.actor_label AS "actorLabel", a.body,
  a.changes, a.data, a.created_at AS "createdAt", a.edited_at AS "editedAt",
  a.deleted_at AS "deletedAt", a.deleted_by AS "deletedById", remover.name AS "deletedByName"
FROM activities a
LEFT JOIN users actor ON actor.id = a.actor_id
LEFT JOIN users remover ON remover.id = a.deleted_by`;

const ENTRY_ROW = rowSpec({
  id: 'uuid',
  subjectType: column('text').as<SubjectType>(),
  subjectId: 'uuid',
  kind: column('text').as<TimelineEntry['kind']>(),
  actorId: 'uuid?',
  actorName: 'text?',
  actorLabel: 'text?',
  body: 'text?',
  changes: column('jsonb?').as<NonNullable<TimelineEntry['changes']>>(),
  data: column('jsonb?').as<NonNullable<TimelineEntry['data']>>(),
  createdAt: 'timestamptz',
  editedAt: 'timestamptz?',
  deletedAt: 'timestamptz?',
  deletedById: 'uuid?',
  deletedByName: 'text?',
});

export const entryById = query(`SELECT ${ENTRY_COLUMNS} WHERE a.id = $1`, ENTRY_ROW);

/** A subject's timeline, newest first, a page at a time. */
export const entriesOfSubject = query(
  `SELECT ${ENTRY_COLUMNS}
WHERE a.subject_type = $1 AND a.subject_id = $2
ORDER BY a.created_at DESC, a.id DESC
LIMIT $3 OFFSET $4`,
  ENTRY_ROW,
);

export const entryCount = query(
  `SELECT count(*)::int AS total FROM activities WHERE subject_type = $1 AND subject_id = $2`,
  { total: 'int4' },
);
