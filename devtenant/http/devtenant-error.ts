import type { Reply } from './reply.js';

/** Request ids an error body repeats back, as Microsoft's services do. */
export type ErrorIds = { requestId: string; clientRequestId: string };

/**
 * Base of every error a handler throws on purpose: it knows its HTTP status, a stable code, and
 * how to render itself in the shape of the service it imitates.
 */
export abstract class DevTenantError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  /** Extra response headers (Retry-After, WWW-Authenticate). */
  headers: Record<string, string> = {};

  /** The reply a client sees. */
  abstract toReply(ids: ErrorIds): Reply;
}

/** True for errors that render themselves; checks the marker as well as instanceof. */
export function isDevTenantError(value: unknown): value is DevTenantError {
  return value instanceof DevTenantError || (typeof value === 'object' && value !== null && 'toReply' in value && 'status' in value);
}

/** A timestamp without milliseconds, as Microsoft's error bodies carry. */
export function isoNoMillis(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
