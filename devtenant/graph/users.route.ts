import { GraphError } from '../http/graph-error.js';
import { textReply, type Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import { authorizeGraph } from './auth-guard.js';
import { graphQueryString, graphReply } from './graph-reply.js';
import { openLinkToken, sealLinkToken } from './link-token.js';
import { READ_USERS } from './permissions.js';
import { countUsers, scanUsers } from './user-scan.js';
import { parseUsersQuery } from './users-query.js';
import { userView, usersContextFragment } from './user-view.js';

type ListCursor = { k: 'list'; t: string; c: number; f: string };

async function listUsers(ctx: RequestContext): Promise<Reply> {
  const { app } = ctx;
  const principal = await authorizeGraph(ctx, READ_USERS);
  const tenantId = principal.tenant.seed.tenantId;
  const dir = principal.tenant.directory;
  const query = parseUsersQuery(ctx);
  let from = 0;
  if (query.skiptoken) {
    const opened = openLinkToken<ListCursor>(app, query.skiptoken);
    if (!opened.ok || opened.payload.k !== 'list' || opened.payload.t !== tenantId || opened.payload.f !== query.fingerprint) {
      throw new GraphError(400, 'Request_BadRequest', 'The specified page token value has expired or is not valid for this query.');
    }
    from = opened.payload.c;
  }
  const page = scanUsers(dir, tenantId, { from, limit: query.top, matches: query.matches, ids: query.filter?.ids });
  const body: Record<string, unknown> = {};
  if (query.count) body['@odata.count'] = countUsers(dir, tenantId, query.filter || ctx.query.has('$search') ? query.matches : undefined, query.filter?.ids);
  if (page.next !== undefined) {
    const kept = [...ctx.query].filter(([k]) => k !== '$skiptoken');
    const token = sealLinkToken(app, { k: 'list', t: tenantId, c: page.next, f: query.fingerprint });
    body['@odata.nextLink'] = `${app.url}/v1.0/users?${graphQueryString([...kept, ['$skiptoken', token]])}`;
  }
  body.value = page.users.map((u) => userView(u, query.select));
  return graphReply(app, usersContextFragment(query.select), body);
}

async function countUsersRoute(ctx: RequestContext): Promise<Reply> {
  const principal = await authorizeGraph(ctx, READ_USERS);
  if ((ctx.header('consistencylevel') ?? '').toLowerCase() !== 'eventual') {
    throw new GraphError(400, 'Request_BadRequest', '$count is not currently supported.');
  }
  const query = parseUsersQuery(ctx);
  const filtered = query.filter !== undefined || ctx.query.has('$search');
  const n = countUsers(principal.tenant.directory, principal.tenant.seed.tenantId, filtered ? query.matches : undefined, query.filter?.ids);
  return textReply(200, String(n));
}

/** GET /v1.0/users (paged, $select/$top/$filter/$search/$count) and GET /v1.0/users/$count. */
export const usersRoutes: Route[] = [
  { method: 'GET', path: '/v1.0/users', style: 'graph', handle: listUsers },
  { method: 'GET', path: '/v1.0/users/$count', style: 'graph', handle: countUsersRoute },
];
