// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/introductions.
export * from './investor-introductions.service';
export * from './intro-consent.service';
export * from './investor-offer.service';
export * from './introductions.module';
export { INVESTOR_ACTOR_LABEL } from './introduction-timeline';
export * from './introduction-follow-ups';
export * from './introduction-rows';
