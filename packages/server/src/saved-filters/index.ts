// What this area exports; the package's index re-exports it.
export * from './saved-filter.entity';
export * from './saved-filters.service';
export * from './saved-filters.module';
