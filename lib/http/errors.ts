// One error type for the whole app. Services throw AppError; each transport
// maps it once (lib/http/api-handler.ts for route handlers,
// lib/http/action-result.ts for server actions).
export const errorStatus = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  PAYMENT_REQUIRED: 402,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  UNPROCESSABLE: 422,
  LOCKED: 423,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** Extra response headers, e.g. Retry-After. */
  readonly headers?: Record<string, string>;

  constructor(code: ErrorCode, message: string, options: { fieldErrors?: FieldErrors; headers?: Record<string, string>; cause?: unknown } = {}) {
    // An answer to the client (4xx) carries no stack trace: nobody reads it, and
    // capturing one was ~5% of the CPU of a refused purchase in an on-sale rush.
    const stackTraceLimit = Error.stackTraceLimit;
    if (errorStatus[code] < 500) Error.stackTraceLimit = 0;
    try {
      super(message, { cause: options.cause });
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.headers = options.headers;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);
export const forbidden = (message = "You do not have permission to do this") => new AppError("FORBIDDEN", message);
export const badRequest = (message: string, fieldErrors?: FieldErrors) => new AppError("BAD_REQUEST", message, { fieldErrors });
export const conflict = (message: string) => new AppError("CONFLICT", message);
