import type { SearchHit } from '@kohorte/contracts';
import { searchWords } from '../lists/list-sql';

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

export interface StartupHitRow {
  id: string;
  name: string;
  city: string | null;
  tags: string[];
  archived: boolean;
  contact: string | null;
}

export function startupHit(q: string, row: StartupHitRow): SearchHit {
  return {
    id: row.id,
    title: row.name,
    subtitle: row.city,
    matched: matchedText(q, row.name, [row.city, ...row.tags, row.contact]),
    archived: row.archived,
  };
}

export interface MentorHitRow {
  id: string;
  full_name: string;
  email: string;
  company: string | null;
  job_title: string | null;
  city: string | null;
  tags: string[];
  archived: boolean;
}

export function mentorHit(q: string, row: MentorHitRow): SearchHit {
  return {
    id: row.id,
    title: row.full_name,
    subtitle: joined([joined([row.job_title, row.company], ', '), row.city]),
    matched: matchedText(q, row.full_name, [row.email, row.company, row.city, ...row.tags]),
    archived: row.archived,
  };
}

export interface InvestorHitRow {
  id: string;
  name: string;
  contact_name: string | null;
  email: string;
  tags: string[];
  archived: boolean;
}

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

export interface CohortHitRow {
  id: string;
  name: string;
  programme: string;
}

export function cohortHit(row: CohortHitRow): SearchHit {
  return { id: row.id, title: row.name, subtitle: row.programme, matched: null, archived: false };
}
