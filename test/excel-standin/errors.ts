/**
 * Errors shaped like `OfficeExtension.Error` (name, code, message, debugInfo, traceMessages, innerError), so code
 * under test handles them exactly as it would handle Excel's. `StandInUsageError` is different: it says the code
 * under test used a member the stand-in does not have (a misspelling, or an API it does not model).
 */

export const ERROR_CODES = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidRequestContext: "InvalidRequestContext",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  valueNotLoaded: "ValueNotLoaded",
} as const;

export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

export class OfficeError extends Error {
  readonly code: string;
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: OfficeError | null = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    // Excel's errors are named "RichApi.Error" in the browser; `OfficeExtension.Error` is their class.
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

/** Thrown at once (not at sync) when code touches a member the stand-in does not implement. */
export class StandInUsageError extends TypeError {
  constructor(message: string) {
    super(`Excel stand-in: ${message}`);
    this.name = "StandInUsageError";
  }
}

export const fail = (code: string, message: string, where?: string): never => {
  throw new OfficeError(code, message, where);
};

export const notLoaded = (kind: string, prop: string): OfficeError =>
  new OfficeError(
    ERROR_CODES.propertyNotLoaded,
    `The property '${prop}' is not available. Before reading the property's value, call the load method on ` +
      `the containing object and call "context.sync()" on the associated request context.`,
    `${kind}.${prop}`,
  );
