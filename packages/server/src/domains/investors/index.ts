// The public entry of this domain: other domains import it only here,
// the apps as @kohorte/server/investors.
export * from './investor.entity';
export * from './investors.module';
export * from './investors.service';
export * from './unmapped-regions.service';
export type { InvestorFilter } from './investor-list-query';
export * from './investor-writes';
