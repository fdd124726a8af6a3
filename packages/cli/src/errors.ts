/**
 * An error the user can act on: printed as one line (no stack trace) and mapped to an exit
 * status. Status 2 is DESIGN.md's "bad usage or unreadable input".
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
