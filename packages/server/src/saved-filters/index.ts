// What this area exports; the package's index re-exports it.
export * from './saved-filter.entity';
