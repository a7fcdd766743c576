import { GraphError } from '../http/graph-error.js';
import type { HttpMethod } from '../http/route.js';

/** One request of a JSON batch, validated. */
export type BatchItem = {
  id: string;
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  /** The body as the sub-request's text: a JSON body re-serialised, a string body as is (MIME). */
  body?: string;
  dependsOn: string[];
};

/** Graph's limit on requests in one batch. */
export const MAX_BATCH_REQUESTS = 20;

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

function invalid(message = 'Invalid batch payload format.'): GraphError {
  return new GraphError(400, 'BadRequest', message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function item(raw: unknown, seen: Set<string>): BatchItem {
  if (!isRecord(raw)) throw invalid();
  const { id, method, url, headers = {}, body, dependsOn = [] } = raw;
  if ((typeof id !== 'string' && typeof id !== 'number') || String(id) === '') throw invalid();
  const upper = typeof method === 'string' ? method.toUpperCase() : '';
  const verb = METHODS.find((m) => m === upper);
  if (!verb || typeof url !== 'string' || url === '') throw invalid();
  if (!isRecord(headers) || !Object.values(headers).every((v) => typeof v === 'string')) throw invalid();
  if (!Array.isArray(dependsOn) || !dependsOn.every((d) => typeof d === 'string' || typeof d === 'number')) throw invalid();
  const key = String(id);
  if (seen.has(key)) throw invalid(`Request Id '${key}' must be unique within a batch.`);
  const deps = dependsOn.map(String);
  const missing = deps.find((d) => !seen.has(d));
  if (missing !== undefined) throw invalid(`Request '${key}' depends on '${missing}', which is not an earlier request of the batch.`);
  seen.add(key);
  const lowerHeaders = Object.fromEntries(Object.entries(headers as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
  if (body !== undefined && body !== null && !lowerHeaders['content-type']) {
    throw invalid(`Write request id : ${key} does not contain Content-Type header or body.`);
  }
  const text = body === undefined || body === null ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  return { id: key, method: verb, url, headers: lowerHeaders, body: text, dependsOn: deps };
}

/**
 * Validates a `$batch` body as Graph does: `{ requests: [{ id, method, url, headers?, body?,
 * dependsOn? }] }`, at most 20, unique ids, a Content-Type with every body. Any fault: 400 for the batch.
 */
export function parseBatchPayload(payload: unknown): BatchItem[] {
  if (!isRecord(payload) || !Array.isArray(payload.requests) || payload.requests.length === 0) throw invalid();
  if (payload.requests.length > MAX_BATCH_REQUESTS) throw invalid('Number of requests inside batch exceeds the limit.');
  const seen = new Set<string>();
  return payload.requests.map((raw) => item(raw, seen));
}
