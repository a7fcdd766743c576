/** Options for {@link AppError}: the HTTP status to answer, the field at fault, the underlying failure. */
export interface AppErrorOptions {
  status?: number;
  field?: string;
  cause?: unknown;
}

/**
 * The one error type the product throws on purpose: a stable dotted `code` to branch on,
 * an HTTP `status`, and a `userMessage` in plain words that says what to do about it.
 */
export class AppError extends Error {
  override readonly name = "AppError";
  readonly code: string;
  readonly status: number;
  readonly userMessage: string;
  readonly field: string | undefined;

  constructor(code: string, userMessage: string, options: AppErrorOptions = {}) {
    super(`${code}: ${userMessage}`, { cause: options.cause });
    this.code = code;
    this.userMessage = userMessage;
    this.status = options.status ?? 400;
    this.field = options.field;
  }
}

/** True for an AppError even across module copies (checks `name`, not only the prototype). */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError || (value instanceof Error && value.name === "AppError" && "code" in value);
}
