import { SECTION_TEXTS } from './section-texts';

/**
 * The API requests a section's first page makes as it opens, whatever the URL's query: the API
 * names them in the page it sends for that section (scripts/preload-sections.mjs), so the browser
 * asks for them with the scripts instead of after them. Each must be the exact URL the page's
 * code requests (section-requests.spec checks them); the session is preloaded for every page
 * (index.html).
 */
export const SECTION_REQUESTS = {
  dashboard: ['/api/v1/dashboard'],
  startups: ['/api/v1/vocabularies'],
} satisfies Partial<Record<keyof typeof SECTION_TEXTS, readonly string[]>>;
