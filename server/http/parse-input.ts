import type { ZodType, ZodTypeDef } from "zod";
import { AppError } from "../../service/index.js";

/** Validates a request body or query with the contract's schema; the first problem becomes a 400 naming the field. */
export function parseInput<T>(schema: ZodType<T, ZodTypeDef, unknown>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join(".") || undefined;
  throw new AppError("REQUEST.INVALID", issue ? `${field ? `${field}: ` : ""}${issue.message}` : "The request is not valid.", { status: 400, ...(field ? { field } : {}) });
}
