import { TranslationFeature } from './core/i18n/transloco-loader';

/**
 * The feature texts each section of the app loads with its code (see `withTexts`): what its
 * pages, dialogs and the components they embed name. section-texts.spec checks the lists
 * against the code, both ways. A section's routes file can name its pages' texts in turn
 * (startups.routes.ts): those load with the page, not with the section.
 */
export const SECTION_TEXTS = {
  signIn: [],
  respond: ['respond', 'investors', 'applications', 'reviews'],
  apply: ['respond', 'applications'],
  dashboard: ['dashboard', 'timeline', 'respond'],
  // The list, the first page of the section; its detail and form pages bring their own.
  startups: ['saved-views', 'exports'],
  startupDetail: ['timeline', 'respond'],
  startupForm: ['tags', 'respond'],
  mentors: ['mentors', 'saved-views', 'tags', 'exports', 'timeline', 'respond'],
  investors: ['investors', 'saved-views', 'tags', 'exports', 'timeline', 'respond'],
  programmes: ['cohorts', 'timeline', 'respond'],
  cohorts: ['cohorts', 'matching', 'timeline', 'respond', 'applications', 'reviews'],
  applications: ['applications', 'timeline', 'respond'],
  imports: ['imports'],
  users: [],
  regions: ['vocabularies'],
  mailbox: ['mailbox'],
  privacy: ['privacy'],
  notFound: [],
} satisfies Record<string, readonly TranslationFeature[]>;
