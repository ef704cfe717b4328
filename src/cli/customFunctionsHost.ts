/**
 * What Excel's custom-functions runtime provides, for running the very same function code in Node (`cz formula`,
 * tests): the `CustomFunctions` global with its Error class and error codes, and `associate`, recorded.
 */
export interface HostError {
  code: string;
  message?: string;
}

interface Host {
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  associated: Map<string, (...args: unknown[]) => unknown>;
}

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionsError implements HostError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

const associated = new Map<string, (...args: unknown[]) => unknown>();

export function installCustomFunctionsHost(): Host {
  const global = globalThis as unknown as { CustomFunctions?: unknown };
  global.CustomFunctions ??= {
    Error: CustomFunctionsError,
    ErrorCode: ERROR_CODES,
    associate: (id: string, fn: (...args: unknown[]) => unknown) => void associated.set(id, fn),
  };
  return { associate: (id, fn) => void associated.set(id, fn), associated };
}

/** Whether a result is a CustomFunctions.Error (from this host). */
export function isHostError(value: unknown): value is HostError {
  return value instanceof CustomFunctionsError;
}
