// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/offers.
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
