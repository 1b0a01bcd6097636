// What this area exports; the package's index re-exports it.
export * from './investor.entity';
export * from './investors.module';
export * from './investors.service';
export * from './unmapped-regions.service';
export type { InvestorFilter } from './investor-list-query';
