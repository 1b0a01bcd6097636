// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/dashboard.
export * from './dashboard.service';
export * from './dashboard.module';
