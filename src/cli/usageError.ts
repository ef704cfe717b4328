/** A wrong command line (exit code 2): the message says what is wrong and what would be right. */
export class UsageError extends Error {
  override name = "UsageError";
}
