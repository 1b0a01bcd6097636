import {
  CONSENT_PURPOSES,
  CONSENT_TEXTS,
  type ConsentPurpose,
  type FounderConsent,
} from '@kohorte/contracts';
import type { EntityManager } from 'typeorm';
import { column, query, rowSpec } from '../../infra/database/typed-query';
import { insertConsent } from './privacy-queries';

const CONSENT_ROW = rowSpec({
  purpose: column('text').as<ConsentPurpose>(),
  given: 'bool',
  textVersion: 'text',
  createdAt: 'timestamptz',
});

const latestConsents = query(
  `SELECT DISTINCT ON (purpose) purpose, given, text_version AS "textVersion",
            created_at AS "createdAt"
       FROM privacy_consents WHERE startup_id = $1
      ORDER BY purpose, created_at DESC, id`,
  CONSENT_ROW,
);

/** The startup's current consent per purpose: its latest answer, or `none`. */
export async function consentsOf(
  manager: EntityManager,
  startupId: string,
): Promise<FounderConsent[]> {
  const rows = await latestConsents.all(manager, [startupId]);
  return CONSENT_PURPOSES.map((purpose) => {
    const row = rows.find((candidate) => candidate.purpose === purpose);
    return row
      ? {
          purpose,
          status: row.given ? 'given' : 'withdrawn',
          textVersion: row.textVersion,
          at: row.createdAt.toISOString(),
        }
      : { purpose, status: 'none', textVersion: null, at: null };
  });
}

/** Records an answer with the current text's version, in the caller's transaction. */
export async function recordConsent(
  manager: EntityManager,
  answer: { startupId: string; contactId: string | null; purpose: ConsentPurpose; given: boolean },
): Promise<void> {
  await insertConsent.run(manager, [
    answer.startupId,
    answer.contactId,
    answer.purpose,
    answer.given,
    CONSENT_TEXTS[answer.purpose].version,
  ]);
}

/**
 * SQL: whether the startup (a column or parameter) withdrew its consent to investor
 * introductions and has not given it again. For the checks that refuse or skip an introduction.
 */
export function introductionsWithdrawnSql(startupIdExpression: string): string {
  return `(SELECT NOT c.given FROM privacy_consents c
            WHERE c.startup_id = ${startupIdExpression} AND c.purpose = 'investor-introductions'
            ORDER BY c.created_at DESC, c.id LIMIT 1) IS TRUE`;
}
