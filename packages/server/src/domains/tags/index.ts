// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/tags.
export * from './normalise-tags';
export * from './tags.service';
export * from './tags.module';
