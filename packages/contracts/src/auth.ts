export const ROLES = ['admin', 'manager', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
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
