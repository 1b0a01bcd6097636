// What this area exports; the package's index re-exports it.
export * from './offer-types';
export * from './mentor-offers.service';
export * from './offers.module';
export type { OfferRow } from './offer-rows';
export * from './offer-follow-ups';
export * from './offer-timeline';
export * from './offer-follow-up-sweeper';
export * from './offer-next-best';
export * from './offer-send-preview';
export * from './mentor-pause';
export * from './cohort-offers';
