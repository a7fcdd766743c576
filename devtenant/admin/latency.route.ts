import { z } from 'zod';
import { jsonReply } from '../http/reply.js';
import type { Route } from '../http/route.js';
import { parseAdminBody } from './parse-body.js';

/** Extra delay for every non-admin request (simulates a slow cloud). */
export const latencyRoutes: Route[] = [
  {
    method: 'PUT',
    path: '/_devtenant/latency',
    style: 'admin',
    handle: async (ctx) => {
      const { ms } = await parseAdminBody(ctx, z.object({ ms: z.number().int().min(0).max(600_000) }).strict());
      ctx.app.state.latency.ms = ms;
      return jsonReply(200, { ms });
    },
  },
  { method: 'GET', path: '/_devtenant/latency', style: 'admin', handle: ({ app }) => jsonReply(200, { ms: app.state.latency.ms }) },
];
