import { emptyReply, jsonReply } from '../http/reply.js';
import type { Route } from '../http/route.js';

/** Request counters per "<METHOD> <route template>" (faulted ones under "… (faulted)"). */
export const countersRoutes: Route[] = [
  { method: 'GET', path: '/_devtenant/counters', style: 'admin', handle: ({ app }) => jsonReply(200, app.state.counters.snapshot()) },
  {
    method: 'POST',
    path: '/_devtenant/counters/reset',
    style: 'admin',
    handle: ({ app }) => {
      app.state.counters.reset();
      return emptyReply(204);
    },
  },
];
