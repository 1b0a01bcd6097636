// What this area exports; the package's index re-exports it.
export * from './investor-introductions.service';
export * from './intro-consent.service';
export * from './investor-offer.service';
export * from './introductions.module';
export { INVESTOR_ACTOR_LABEL } from './introduction-timeline';
