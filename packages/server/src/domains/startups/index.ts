// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/startups.
export * from './startups.module';
export * from './startups.service';
export * from './startup-mapper';
export * from './startup-profile-scorer';
export * from './startup-score-sweeper';
export * from './startup-score-job';
export * from './profile-score';
export * from './startup.entity';
export * from './startup-writes';
