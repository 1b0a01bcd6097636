/** An error whose message alone tells the user what to do: printed without a stack trace. */
export class UserFacingError extends Error {}
