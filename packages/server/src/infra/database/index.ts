// What the apps import from this part as @kohorte/server/database.
export * from './data-source-options';
export * from './entities';
export * from './run-migrations';
export * from './unavailable';
export * from './transaction-guard';
