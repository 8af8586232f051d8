import { AppError, type ErrorCode } from "@/lib/http/errors";

type Remap = Partial<Record<ErrorCode, { code: ErrorCode; message?: string }>>;

/**
 * Awaits a service call and rethrows its AppError with the status (and,
 * if given, the message) S4 documents instead, e.g. 409 -> 400 "User already exists".
 */
export async function remapErrors<T>(work: Promise<T>, remap: Remap): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const target = error instanceof AppError ? remap[error.code] : undefined;
    if (!target || !(error instanceof AppError)) throw error;
    throw new AppError(target.code, target.message ?? error.message, { fieldErrors: error.fieldErrors, headers: error.headers, cause: error });
  }
}
