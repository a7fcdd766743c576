import type { z } from "zod";
import { ApiErrorBody } from "../../../contract/index.js";
import { ApiError } from "./api-error.js";

/** Optional inputs of {@link requestJson}. */
export interface RequestJsonOptions {
  method?: "GET" | "POST" | "PUT";
  body?: unknown;
  token?: string | null;
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
}

/** One same-origin call: JSON in, the response parsed with `schema`, any failure thrown as ApiError. */
export async function requestJson<T extends z.ZodTypeAny>(
  schema: T,
  path: string,
  options: RequestJsonOptions = {},
): Promise<z.output<T>> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: "same-origin",
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, "NETWORK.UNREACHABLE", "Could not reach the Backup365 server. Check your connection and try again.");
  }

  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response.status, payload);
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError(response.status, "API.UNEXPECTED_RESPONSE", "The server sent an answer this version of the tab cannot read. Reload the tab.");
  }
  return parsed.data;
}

function withQuery(path: string, query: RequestJsonOptions["query"]): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function toApiError(status: number, payload: unknown): ApiError {
  const body = ApiErrorBody.safeParse(payload);
  if (body.success) return new ApiError(status, body.data.error.code, body.data.error.message, body.data.error.field);
  if (status === 401) return new ApiError(status, "AUTH.UNAUTHENTICATED", "Your session has ended, sign in again.");
  return new ApiError(status, `HTTP.${status}`, `The server could not do that (HTTP ${status}). Try again in a moment.`);
}
