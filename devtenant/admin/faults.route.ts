import { z } from 'zod';
import { emptyReply, jsonReply } from '../http/reply.js';
import type { Route } from '../http/route.js';
import { parseAdminBody } from './parse-body.js';

const FaultSchema = z
  .object({
    match: z.string().min(1),
    status: z.union([z.literal(429), z.literal(500), z.literal(503), z.literal(504)]).optional(),
    retryAfterSeconds: z.number().int().min(0).nullable().optional(),
    times: z.number().int().positive().optional(),
    probability: z.number().min(0).max(1).optional(),
    delayMs: z.number().int().min(0).max(600_000).optional(),
    reset: z.boolean().optional(),
  })
  .strict()
  .refine((f) => f.status !== undefined || f.reset === true || f.delayMs !== undefined, {
    message: 'give status, reset: true, or delayMs',
  });

/** Fault injection: add a rule, list rules, clear all; the timeline of arrivals and fired faults (Retry-After check). */
export const faultsRoutes: Route[] = [
  { method: 'GET', path: '/_devtenant/faults/timeline', style: 'admin', handle: ({ app }) => jsonReply(200, app.state.faults.timeline.report()) },
  {
    method: 'DELETE',
    path: '/_devtenant/faults/timeline',
    style: 'admin',
    handle: ({ app }) => {
      app.state.faults.timeline.clear();
      return emptyReply(204);
    },
  },
  {
    method: 'POST',
    path: '/_devtenant/faults',
    style: 'admin',
    handle: async (ctx) => {
      const spec = await parseAdminBody(ctx, FaultSchema);
      const rule = ctx.app.state.faults.add(spec);
      return jsonReply(201, rule);
    },
  },
  { method: 'GET', path: '/_devtenant/faults', style: 'admin', handle: ({ app }) => jsonReply(200, { faults: app.state.faults.list() }) },
  {
    method: 'DELETE',
    path: '/_devtenant/faults',
    style: 'admin',
    handle: ({ app }) => {
      app.state.faults.clear();
      return emptyReply(204);
    },
  },
];
