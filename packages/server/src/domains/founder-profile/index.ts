// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/founder-profile.
export * from './startup-figures.entity';
export * from './founder-profile-mapper';
export * from './founder-profile.service';
export * from './profile-requests.service';
export * from './founder-profile.module';
