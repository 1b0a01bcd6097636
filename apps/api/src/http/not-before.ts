import { ValidateBy } from 'class-validator';

/** What a `NotBefore` error says: its reason, and the parameter that names the other end. */
export interface NotBeforeContext {
  code: 'untilBeforeFrom' | 'maxBelowMin';
  other: string;
  param: string;
}

/**
 * Not less than the sibling field `other` when both are in the body (a PATCH that sends one end
 * only is checked by the service against the stored other end). Works for dates and numbers.
 * The error carries `reason` (its code, and which parameter names `other`'s value).
 */
export function NotBefore(
  other: string,
  reason: Omit<NotBeforeContext, 'other'>,
): PropertyDecorator {
  const context: NotBeforeContext = { ...reason, other };
  return ValidateBy(
    {
      name: 'notBefore',
      constraints: [other],
      validator: {
        validate: (value: unknown, args) => {
          const start = (args?.object as Record<string, unknown>)[other];
          if (value === null || value === undefined || start === null || start === undefined) {
            return true;
          }
          // A malformed other end has its own error; comparing with it would only add noise.
          if (typeof value !== typeof start) return true;
          if (typeof start === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(start)) return true;
          return (start as string | number) <= (value as string | number);
        },
        defaultMessage: () => `$property must not be less than ${other}`,
      },
    },
    { context },
  );
}
