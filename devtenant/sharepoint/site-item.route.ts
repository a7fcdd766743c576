import { siteCatalog } from '../backup/site-catalog.js';
import { authorizeGraph } from '../graph/auth-guard.js';
import { parseEntitySelect, projectEntity, rejectQueryOptions } from '../graph/entity-select.js';
import { graphReply } from '../graph/graph-reply.js';
import { READ_SITES } from '../graph/permissions.js';
import { GraphError } from '../http/graph-error.js';
import type { Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import type { Tenant } from '../state/tenant-registry.js';
import { DEFAULT_SITE_SELECT, sharePointHost, SITE_PROPERTIES, siteView } from './site-view.js';

function siteNotFound(): GraphError {
  return new GraphError(404, 'itemNotFound', 'Requested site could not be found');
}

function checkHost(tenant: Tenant, host: string): void {
  if (host.toLowerCase() !== sharePointHost(tenant)) throw new GraphError(400, 'invalidRequest', 'Invalid hostname for this tenancy');
}

async function answer(ctx: RequestContext, find: (tenant: Tenant) => number | undefined): Promise<Reply> {
  const principal = await authorizeGraph(ctx, READ_SITES);
  rejectQueryOptions(ctx.query, ['$select']);
  const select = parseEntitySelect(ctx.query.get('$select'), SITE_PROPERTIES, 'site');
  const index = find(principal.tenant);
  if (index === undefined) throw siteNotFound();
  const fragment = select ? `sites(${select.join(',')})/$entity` : 'sites/$entity';
  return graphReply(ctx.app, fragment, projectEntity(siteView(principal.tenant, index), select ?? DEFAULT_SITE_SELECT));
}

/** GET /v1.0/sites/{host,siteGuid,webGuid} (or the site collection GUID alone). */
function getSiteById(ctx: RequestContext): Promise<Reply> {
  return answer(ctx, (tenant) => {
    const id = ctx.params.id ?? '';
    const parts = id.split(',');
    if (parts.length === 3) checkHost(tenant, parts[0] ?? '');
    else if (parts.length !== 1) throw siteNotFound();
    return siteCatalog(tenant).byId(id);
  });
}

/** GET /v1.0/sites/{hostname}:/sites/{name} (the path form, with or without a closing colon). */
function getSiteByPath(ctx: RequestContext): Promise<Reply> {
  return answer(ctx, (tenant) => {
    const host = ctx.params.host ?? '';
    if (!host.endsWith(':')) throw siteNotFound();
    checkHost(tenant, host.slice(0, -1));
    const name = (ctx.params.name ?? '').replace(/:$/, '');
    return siteCatalog(tenant).byName(`https://${host.slice(0, -1)}/sites/${name}`);
  });
}

/** Reading one site by id or by path. */
export const siteItemRoutes: Route[] = [
  { method: 'GET', path: '/v1.0/sites/:id', style: 'graph', handle: getSiteById },
  { method: 'GET', path: '/v1.0/sites/:host/sites/:name', style: 'graph', handle: getSiteByPath },
];
