// A problem the user can fix (an unknown article, a bad option value). Its message is shown to the
// user as is, ephemerally; anything else thrown from a handler is a bug: logged with context and
// answered with a generic apology.
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    /** Optional extra lines (suggestions) shown under the message. */
    readonly hint?: string,
  ) {
    super(message);
  }
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}
