// What this area exports; the package's index re-exports it.
export * from './finder-expressions';
export * from './search-query';
export * from './search.service';
export * from './search.module';
