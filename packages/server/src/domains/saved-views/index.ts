// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/saved-views.
export * from './saved-view.entity';
export * from './saved-views.service';
export * from './saved-views.module';
