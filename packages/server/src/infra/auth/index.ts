// What the apps import from this part as @kohorte/server/auth.
export * from './auth.module';
export * from './password';
export * from './session-tokens';
export * from './session-cache';
export * from './sessions.service';
export * from './sign-in-limiter';
export * from './users.service';
export * from './user.entity';
export * from './session.entity';
