import { authorizeGraph } from '../graph/auth-guard.js';
import { parseEntitySelect, projectEntity, rejectQueryOptions } from '../graph/entity-select.js';
import { graphReply } from '../graph/graph-reply.js';
import { READ_DRIVES } from '../graph/permissions.js';
import { GraphError } from '../http/graph-error.js';
import type { Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import { DEFAULT_DRIVE_SELECT, DRIVE_PROPERTIES, driveView, hasOneDrive } from './drive-view.js';

/**
 * GET /v1.0/users/{id | userPrincipalName}/drive: the user's OneDrive. A user without one
 * (unlicensed or disabled) gets what Graph answers for an unprovisioned OneDrive:
 * 404 `ResourceNotFound`, "User's mysite not found.".
 */
async function getUserDrive(ctx: RequestContext): Promise<Reply> {
  const principal = await authorizeGraph(ctx, READ_DRIVES);
  rejectQueryOptions(ctx.query, ['$select']);
  const select = parseEntitySelect(ctx.query.get('$select'), DRIVE_PROPERTIES, 'drive');
  const key = ctx.params.id ?? '';
  const user = principal.tenant.directory.find(key);
  if (!user) {
    throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`);
  }
  if (!hasOneDrive(user)) throw new GraphError(404, 'ResourceNotFound', "User's mysite not found.");
  const fragment = select ? `drives(${select.join(',')})/$entity` : 'drives/$entity';
  return graphReply(ctx.app, fragment, projectEntity(driveView(principal.tenant, user), select ?? DEFAULT_DRIVE_SELECT));
}

/** A user's OneDrive. */
export const driveRoutes: Route[] = [{ method: 'GET', path: '/v1.0/users/:id/drive', style: 'graph', handle: getUserDrive }];
