/**
 * The slice of Excel's custom-functions runtime API we use (the runtime provides the global;
 * @types/custom-functions-runtime is not a dependency, so it is declared here).
 */
declare namespace CustomFunctions {
  enum ErrorCode {
    invalidValue = '#VALUE!',
    notAvailable = '#N/A',
  }
  class Error extends globalThis.Error {
    constructor(code: ErrorCode, message?: string);
    code: ErrorCode;
    message: string;
  }
  function associate(id: string, fn: (...args: never[]) => unknown): void;
}
