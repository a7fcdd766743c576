import { setTimeout as delay } from "node:timers/promises";
import type { Client } from "@microsoft/microsoft-graph-client";
import { AppError } from "../../domain/app-error.js";
import { translateGraphError } from "./graph-errors.js";

type BatchResponse = { responses: Array<{ id: string; status: number; headers?: Record<string, string>; body?: { error?: { code?: string; message?: string } } }> };

/** Rounds of retrying throttled sub-requests before giving up (the outer request has the SDK's own retry). */
const maxRounds = 5;
/** Longest Retry-After we wait inside a step (seconds); longer means: pause the job. */
const maxWaitSeconds = 30;

/**
 * Asks Graph, in one `$batch` of at most 20, which users have a OneDrive: 200 → yes, 404 → none (unlicensed or
 * never signed in). Throttled sub-requests (429/503, with their own Retry-After) are sent again after the wait.
 */
export async function findDrivesInBatches(client: Client, userIds: string[], options: { signal?: AbortSignal } = {}): Promise<string[]> {
  const found: string[] = [];
  let pending = userIds;
  for (let round = 0; pending.length > 0; round++) {
    if (round >= maxRounds) throw new AppError("GRAPH.UNAVAILABLE", "Microsoft Graph kept throttling the OneDrive look-ups; it was retried. Resume in a few minutes.", { status: 503 });
    const requests = pending.map((id, index) => ({ id: String(index), method: "GET", url: `/users/${encodeURIComponent(id)}/drive?$select=id` }));
    const answer = await postBatch(client, requests, options.signal);
    const retry: string[] = [];
    let wait = 1;
    for (const response of answer.responses) {
      const id = pending[Number(response.id)];
      if (id === undefined) continue;
      if (response.status >= 200 && response.status < 300) found.push(id);
      else if (response.status === 429 || response.status === 503 || response.status === 504) {
        retry.push(id);
        wait = Math.max(wait, Number(headerOf(response.headers, "retry-after")) || 1);
      } else if (response.status !== 404) {
        throw translateGraphError(Object.assign(new Error(response.body?.error?.message ?? "drive look-up failed"), { statusCode: response.status, code: response.body?.error?.code }), "a user's OneDrive");
      }
    }
    pending = retry;
    if (pending.length > 0) await sleep(Math.min(wait, maxWaitSeconds) * 1000, options.signal);
  }
  return found;
}

/** Attempts of one `$batch` that got no HTTP answer at all (its sub-requests are reads: safe to send again). */
const unansweredAttempts = 4;

/**
 * POSTs one `$batch`. The SDK's RetryHandler retries statuses only; a connection reset (no answer, `statusCode` -1)
 * is sent again here after 0.5, 1 and 2 s, so one reset in a tenant's ~100 look-ups does not fail the whole inventory.
 */
async function postBatch(client: Client, requests: unknown[], signal?: AbortSignal): Promise<BatchResponse> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await client.api("/$batch").post({ requests })) as BatchResponse;
    } catch (error) {
      const translated = translateGraphError(error, "the users' OneDrives");
      if (translated.code !== "GRAPH.UNREACHABLE" || attempt >= unansweredAttempts || signal?.aborted) throw translated;
      await sleep(250 * 2 ** attempt, signal);
    }
  }
}

function headerOf(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : undefined;
}

/** Waits `ms`, or less if `signal` aborts (the caller checks it). */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return delay(ms, undefined, { signal }).catch(() => undefined);
}
