// The field schema's limit, as every email field of the API takes it.
export { MAX_EMAIL_LENGTH } from '@kohorte/contracts';
// argon2 takes any length, but a megabyte-long "password" is only a way to burn CPU.
export const MAX_PASSWORD_LENGTH = 1024;

/** `@Transform(trim)`: surrounding blanks of a string are never meant. */
export const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
