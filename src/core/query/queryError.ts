/**
 * What a query answers instead of a value: an error with the code Excel shows (#VALUE! for a wrong argument,
 * #N/A for an answer that does not exist) and a message a person can act on. Adapters turn it into their own
 * form: a CustomFunctions.Error in a cell, a line on stderr in `cz formula`.
 */
export type QueryErrorCode = "invalidValue" | "notAvailable";

export class QueryError extends Error {
  constructor(
    readonly code: QueryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "QueryError";
  }
}

/** A wrong argument: #VALUE! in the cell. */
export function invalidValue(message: string): QueryError {
  return new QueryError("invalidValue", message);
}

/** No answer exists (an unknown upper bound, a dataset that failed to load): #N/A in the cell. */
export function notAvailable(message: string): QueryError {
  return new QueryError("notAvailable", message);
}
