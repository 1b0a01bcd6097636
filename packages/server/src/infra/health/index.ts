// What the apps import from this part as @kohorte/server/health.
export * from './health.module';
export * from './health.service';
