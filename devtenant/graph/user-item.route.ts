import { GraphError } from '../http/graph-error.js';
import type { Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import { authenticateGraph, authorizeGraph, requirePermission } from './auth-guard.js';
import { graphReply } from './graph-reply.js';
import { READ_ME, READ_USERS } from './permissions.js';
import { parseUserSelect, userView, usersContextFragment } from './user-view.js';

function rejectOtherOptions(ctx: RequestContext): string[] | undefined {
  for (const key of ctx.query.keys()) {
    if (key.startsWith('$') && key !== '$select') throw new GraphError(400, 'BadRequest', `Query option '${key}' is not allowed.`);
  }
  return parseUserSelect(ctx.query.get('$select'));
}

async function getUser(ctx: RequestContext): Promise<Reply> {
  const principal = await authorizeGraph(ctx, READ_USERS);
  const select = rejectOtherOptions(ctx);
  const key = ctx.params.id ?? '';
  const user = principal.tenant.directory.find(key);
  if (!user) {
    throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`);
  }
  return graphReply(ctx.app, usersContextFragment(select, '/$entity'), userView(user, select));
}

async function getMe(ctx: RequestContext): Promise<Reply> {
  const principal = await authenticateGraph(ctx);
  if (principal.kind === 'app') throw new GraphError(400, 'BadRequest', '/me request is only valid with delegated authentication flow.');
  requirePermission(principal, READ_ME);
  const select = rejectOtherOptions(ctx);
  const user = principal.userId ? principal.tenant.directory.find(principal.userId) : undefined;
  if (!user) throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${principal.userId ?? ''}' does not exist or one of its queried reference-property objects are not present.`);
  return graphReply(ctx.app, usersContextFragment(select, '/$entity'), userView(user, select));
}

/** GET /v1.0/users/{id | userPrincipalName} and GET /v1.0/me. */
export const userItemRoutes: Route[] = [
  { method: 'GET', path: '/v1.0/users/:id', style: 'graph', handle: getUser },
  { method: 'GET', path: '/v1.0/me', style: 'graph', handle: getMe },
];
