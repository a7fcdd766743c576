import type { ZodType, ZodTypeDef } from "zod";
import { AppError } from "../../service/index.js";

/** Validates a request body or query with the contract's schema; the first problem becomes a 400 naming the field. */
export function parseInput<T>(schema: ZodType<T, ZodTypeDef, unknown>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.length ? String(issue.path[0]) : undefined;
  const item = issue && issue.path.length > 1 ? itemAt(value, issue.path) : undefined;
  const message = issue ? `${field ? `${field}: ` : ""}${typeof item === "string" ? `"${item.slice(0, 80)}" — ` : ""}${issue.message}` : "The request is not valid.";
  throw new AppError("REQUEST.INVALID", message, { status: 400, ...(field ? { field } : {}) });
}

/** The offending value inside a body (e.g. the one bad address of a list), for a message that names it. */
function itemAt(value: unknown, path: ReadonlyArray<string | number>): unknown {
  let at: unknown = value;
  for (const key of path) at = at !== null && typeof at === "object" ? (at as Record<string | number, unknown>)[key] : undefined;
  return at;
}
