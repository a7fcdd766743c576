import type { Response } from "restify";
import type { Logger } from "pino";
import { isAppError } from "../../service/index.js";

/** Answers with the contract's error body: the AppError's status, code and plain message; 500 hides internals. */
export function sendError(res: Response, error: unknown, log: Logger): void {
  if (isAppError(error)) {
    if (error.status >= 500) log.warn({ err: error, code: error.code }, "request failed");
    res.send(error.status, { error: { code: error.code, message: error.userMessage, ...(error.field ? { field: error.field } : {}) } });
    return;
  }
  log.error({ err: error }, "unexpected error");
  res.send(500, { error: { code: "INTERNAL", message: "Something went wrong on our side. Try again; if it persists, contact support." } });
}
