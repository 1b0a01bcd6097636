import { TranslationFeature } from './core/i18n/transloco-loader';

/**
 * The feature texts each section of the app loads with its code (see `withTexts`): what its
 * pages, dialogs and the components they embed name. section-texts.spec checks the lists
 * against the code, both ways.
 */
export const SECTION_TEXTS = {
  signIn: [],
  respond: ['respond', 'investors', 'applications', 'reviews'],
  apply: ['respond', 'applications'],
  dashboard: ['dashboard', 'timeline', 'respond'],
  startups: ['lists', 'exports', 'timeline', 'respond'],
  mentors: ['mentors', 'lists', 'exports', 'timeline', 'respond'],
  investors: ['investors', 'lists', 'exports', 'timeline', 'respond'],
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
