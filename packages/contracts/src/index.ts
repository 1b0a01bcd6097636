/**
 * The contracts between Kohorte's API, worker and web app: one definition of each shape.
 * Types and constants, and the field rules' one check (`checkField`, built on validator.js so that
 * the API, the import and the browser judge an email or a URL alike); nothing here may import a
 * framework.
 */
export * from './errors.js';
export * from './paging.js';
export * from './auth.js';
export * from './vocabularies.js';
export * from './startups.js';
export * from './programme.js';
export * from './mentors.js';
export * from './investors.js';
export * from './contacts.js';
export * from './timeline.js';
export * from './timeline-data.js';
export * from './tags.js';
export * from './imports.js';
export * from './import-reasons.js';
export * from './field-reasons.js';
export * from './field-rules.js';
export * from './field-check.js';
export * from './startup-bad-values.js';
export * from './health.js';
export * from './jobs.js';
export * from './search.js';
export * from './dashboard.js';
export * from './matching.js';
export * from './offers.js';
export * from './introductions.js';
export * from './mail.js';
export * from './links.js';
export * from './applications.js';
export * from './application-rules.js';
export * from './berlin-time.js';
export * from './privacy.js';
export * from './privacy-texts.js';
export * from './reviews.js';
export * from './review-rules.js';
