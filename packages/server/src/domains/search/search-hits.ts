import type { SearchHit } from '@kohorte/contracts';
import { rows, type RowOf } from '../../infra/database/typed-query';
import { searchWords } from '../../infra/list-pages/list-sql';

/**
 * The text that explains a hit whose title does not contain every searched word: the first of
 * `others` that contains one of the missing words (an email, a tag, a founder). Null when the
 * title says it all.
 */
export function matchedText(q: string, title: string, others: (string | null)[]): string | null {
  const name = title.toLowerCase();
  const missing = searchWords(q).filter((word) => !name.includes(word));
  if (missing.length === 0) return null;
  return (
    others.find((text) => {
      const lower = text?.toLowerCase();
      return lower !== undefined && missing.some((word) => lower.includes(word));
    }) ?? null
  );
}

function joined(parts: (string | null | undefined)[], separator = ' · '): string | null {
  const present = parts.filter((part): part is string => !!part && part.trim() !== '');
  return present.length > 0 ? present.join(separator) : null;
}

export const startupHitRows = rows({
  id: 'uuid',
  name: 'text',
  city: 'text?',
  tags: 'text[]',
  archived: 'bool',
  contact: 'text?',
});
export type StartupHitRow = RowOf<typeof startupHitRows.spec>;

export function startupHit(q: string, row: StartupHitRow): SearchHit {
  return {
    id: row.id,
    title: row.name,
    subtitle: row.city,
    matched: matchedText(q, row.name, [row.city, ...row.tags, row.contact]),
    archived: row.archived,
  };
}

export const mentorHitRows = rows({
  id: 'uuid',
  full_name: 'text',
  email: 'text',
  company: 'text?',
  job_title: 'text?',
  city: 'text?',
  tags: 'text[]',
  archived: 'bool',
});
export type MentorHitRow = RowOf<typeof mentorHitRows.spec>;

export function mentorHit(q: string, row: MentorHitRow): SearchHit {
  return {
    id: row.id,
    title: row.full_name,
    subtitle: joined([joined([row.job_title, row.company], ', '), row.city]),
    matched: matchedText(q, row.full_name, [row.email, row.company, row.city, ...row.tags]),
    archived: row.archived,
  };
}

export const investorHitRows = rows({
  id: 'uuid',
  name: 'text',
  contact_name: 'text?',
  email: 'text',
  tags: 'text[]',
  archived: 'bool',
});
export type InvestorHitRow = RowOf<typeof investorHitRows.spec>;

export function investorHit(q: string, row: InvestorHitRow): SearchHit {
  return {
    id: row.id,
    title: row.name,
    // A fund's contact person; an angel is their own contact.
    subtitle: row.contact_name !== row.name ? row.contact_name : null,
    matched: matchedText(q, row.name, [row.contact_name, row.email, ...row.tags]),
    archived: row.archived,
  };
}

export const cohortHitRows = rows({ id: 'uuid', name: 'text', programme: 'text' });
export type CohortHitRow = RowOf<typeof cohortHitRows.spec>;

export function cohortHit(row: CohortHitRow): SearchHit {
  return { id: row.id, title: row.name, subtitle: row.programme, matched: null, archived: false };
}
