// What the apps import from this part as @kohorte/server/redis.
export * from './redis.module';
