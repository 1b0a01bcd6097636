import type { SubjectType } from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';

/**
 * Erasure (GDPR), the mail part: a record's outbox rows (recipients, names, rendered mails) and its
 * link tokens go with it. Call it in the erasure's transaction, next to `ActivityRecorder.erase`.
 * A row is the record's when it is about the record (`subject_*`) or carries a link to it
 * (`data.link`). The outbox goes first: a send in progress holds its row's lock, so the erasure
 * waits for it and then also finds the token that send issued.
 */
export async function eraseMailAndLinks(
  manager: EntityManager,
  subjectType: SubjectType,
  subjectId: string,
): Promise<void> {
  await manager.query(
    `DELETE FROM mail_outbox
      WHERE (subject_type = $1 AND subject_id = $2)
         OR (data -> 'link' @> jsonb_build_object('subjectType', $1::text, 'subjectId', $2::text))`,
    [subjectType, subjectId],
  );
  await manager.query(`DELETE FROM link_tokens WHERE subject_type = $1 AND subject_id = $2`, [
    subjectType,
    subjectId,
  ]);
}
