// What the apps import from this part as @kohorte/server/config.
export * from './kohorte-config';
export * from './config.module';
export * from './log-levels';
