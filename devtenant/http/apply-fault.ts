import type { FaultRule } from '../state/fault-store.js';
import type { ErrorIds } from './devtenant-error.js';
import type { Reply } from './reply.js';
import type { ErrorStyle } from './route.js';
import { errorForStyle } from './style-error.js';

const MESSAGES: Record<number, string> = {
  429: 'Too many requests. Please retry after the number of seconds in the Retry-After header.',
  500: 'An internal server error occurred (injected by devtenant).',
  503: 'The service is temporarily unavailable. Please retry later.',
  504: 'The request timed out at the gateway (injected by devtenant).',
};

/**
 * The reply for a fault that fired, in the route's own error shape; undefined when the fault only
 * delays and the request then proceeds normally.
 */
export function faultReply(rule: FaultRule, style: ErrorStyle, ids: ErrorIds): Reply | undefined {
  if (rule.reset) return { status: 0, destroySocket: true };
  if (rule.status === undefined) return undefined;
  const headers: Record<string, string> = {};
  const wantsRetryAfter = rule.status === 429 || rule.status === 503;
  if (wantsRetryAfter && rule.retryAfterSeconds !== null) {
    headers['retry-after'] = String(rule.retryAfterSeconds ?? 1);
  }
  const message = MESSAGES[rule.status] ?? 'Injected fault.';
  return errorForStyle(style, rule.status, message, headers).toReply(ids);
}

/** Waits `ms` milliseconds (0 resolves at once). */
export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
