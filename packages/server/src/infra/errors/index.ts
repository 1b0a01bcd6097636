// What the apps import from this part as @kohorte/server/errors.
export * from './domain-errors';
export * from './invalid-fields';
