import { AppError } from "../../domain/app-error.js";

/** The HTTP status of a Graph SDK error (GraphError carries `statusCode`). */
export function graphStatus(error: unknown): number {
  return typeof error === "object" && error !== null && "statusCode" in error ? Number(error.statusCode) : 0;
}

/** Graph's error `code` from `{error:{code,message}}`, as the SDK exposes it. */
export function graphCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error && error.code ? String(error.code) : "unknown";
}

/** Turns a Graph failure into a message staff can act on; `what` names what we were reading. */
export function translateGraphError(error: unknown, what: string): AppError {
  if (error instanceof AppError) return error;
  const status = graphStatus(error);
  const code = graphCode(error);
  if (status === 401 || status === 403) {
    return new AppError("GRAPH.ACCESS_DENIED", `Microsoft Graph refused to show ${what} (${code}). The tenant's admin may need to Authorise again.`, {
      status: 409,
      cause: error,
    });
  }
  if (status === 410) return new AppError("GRAPH.DELTA_EXPIRED", `Microsoft Graph no longer knows where we left off reading ${what}; reading again from the start.`, { status: 409, cause: error });
  if (status === 404) return new AppError("GRAPH.NOT_FOUND", `Microsoft Graph could not find ${what}.`, { status: 404, cause: error });
  if (status <= 0) {
    // No HTTP answer at all (connection reset, refused, timed out: the SDK says -1, fetch throws plain errors). The
    // RetryHandler retries statuses only; the step is safe to repeat, so the queue delivers it again — never a pause.
    return new AppError("GRAPH.UNREACHABLE", `Microsoft Graph did not answer while reading ${what}. Try again in a minute.`, { status: 503, cause: error });
  }
  if (status === 429 || status >= 500) {
    return new AppError("GRAPH.UNAVAILABLE", `Microsoft Graph is busy or unavailable while reading ${what}; it was retried. Try again in a minute.`, {
      status: 503,
      cause: error,
    });
  }
  return new AppError("GRAPH.REJECTED", `Microsoft Graph rejected the request for ${what} (${code}).`, { status: 502, cause: error });
}
