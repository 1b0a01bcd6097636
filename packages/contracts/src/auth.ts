export const ROLES = ['admin', 'manager', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * How a person reads dates, times and amounts: German, or English in its British or US form
 * ("06/12/2026, 22:33" / "12/6/2026, 10:33 PM"). Both English forms read the same texts
 * (`textLocale`), so emails and translations know only `Locale`.
 */
export const FORMAT_LOCALES = ['de', 'en-GB', 'en-US'] as const;
export type FormatLocale = (typeof FORMAT_LOCALES)[number];

/** The language of the texts for a way of writing dates: en-GB and en-US are both `en`. */
export function textLocale(locale: Locale | FormatLocale): Locale {
  return locale === 'de' ? 'de' : 'en';
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The language of the emails Kohorte writes to this person. */
  locale: Locale;
  /**
   * How the web app writes dates for this person, once they chose in its language menu (which
   * also sets `locale` to that choice's text language); absent before.
   */
  formatLocale?: FormatLocale;
  createdAt: string;
}

export interface SignInRequest {
  email: string;
  password: string;
}

/** What the web app learns about the signed-in person. */
export interface SessionInfo {
  user: User;
}

export interface ListUsersQuery {
  /** 1-based; defaults to 1. */
  page?: number;
  /** Defaults to DEFAULT_PAGE_SIZE, at most MAX_PAGE_SIZE. */
  pageSize?: number;
}

/** `PUT /api/v1/auth/language`: the signed-in person's choice in the language menu. */
export interface ChooseLanguageRequest {
  language: FormatLocale;
}

export interface CreateUserRequest {
  email: string;
  name: string;
  password: string;
  role: Role;
  locale?: Locale;
}

/** Cookie and header names of the session and its CSRF token (Angular's HttpClient defaults). */
export const SESSION_COOKIE = 'kohorte_session';
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';

/** Minimum length of a staff password. */
export const MIN_PASSWORD_LENGTH = 12;
