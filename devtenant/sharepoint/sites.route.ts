import { siteAt, siteCount } from '../backup/site-catalog.js';
import { authorizeGraph } from '../graph/auth-guard.js';
import { projectEntity } from '../graph/entity-select.js';
import { graphQueryString, graphReply } from '../graph/graph-reply.js';
import { sealLinkToken } from '../graph/link-token.js';
import { READ_SITES } from '../graph/permissions.js';
import type { Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import type { Tenant } from '../state/tenant-registry.js';
import { parseSitesQuery, type SitesQuery } from './sites-query.js';
import { DEFAULT_SITE_SELECT, siteView } from './site-view.js';

function matches(tenant: Tenant, index: number, keyword: string | undefined): boolean {
  if (keyword === undefined) return true;
  const site = siteAt(tenant, index);
  return site.siteName.toLowerCase().includes(keyword) || site.siteWebUrl.toLowerCase().includes(keyword);
}

/** One page of site indices from `query.from`, and where the next page starts (no empty pages). */
function pageOf(tenant: Tenant, query: SitesQuery): { indices: number[]; next?: number } {
  const count = query.any ? siteCount(tenant) : 0;
  const indices: number[] = [];
  for (let i = query.from; i < count; i += 1) {
    if (!matches(tenant, i, query.keyword)) continue;
    if (indices.length === query.top) return { indices, next: i };
    indices.push(i);
  }
  return { indices };
}

/**
 * GET /v1.0/sites/getAllSites (and GET /v1.0/sites, `search=*` or a keyword): every site of the
 * token's tenant in catalog order, generated per page, with an opaque `$skiptoken` nextLink.
 */
async function listSites(ctx: RequestContext): Promise<Reply> {
  const { app } = ctx;
  const principal = await authorizeGraph(ctx, READ_SITES);
  const tenant = principal.tenant;
  const tenantId = tenant.seed.tenantId;
  const query = parseSitesQuery(ctx, tenantId);
  const page = pageOf(tenant, query);
  const body: Record<string, unknown> = {};
  if (page.next !== undefined) {
    const kept = [...ctx.query].filter(([k]) => k !== '$skiptoken');
    const token = sealLinkToken(app, { k: 'sites', t: tenantId, c: page.next, f: query.fingerprint });
    body['@odata.nextLink'] = `${app.url}${ctx.url.pathname}?${graphQueryString([...kept, ['$skiptoken', token]])}`;
  }
  body.value = page.indices.map((i) => projectEntity(siteView(tenant, i), query.select ?? DEFAULT_SITE_SELECT));
  const fragment = query.select ? `sites(${query.select.join(',')})` : 'sites';
  return graphReply(app, ctx.url.pathname.includes('getAllSites') ? `Collection(site)` : fragment, body);
}

/** Site enumeration: getAllSites (with or without `()`) and the `/sites` collection with `search`. */
export const sitesRoutes: Route[] = [
  { method: 'GET', path: '/v1.0/sites/getAllSites', style: 'graph', handle: listSites },
  { method: 'GET', path: '/v1.0/sites/getAllSites()', style: 'graph', handle: listSites },
  { method: 'GET', path: '/v1.0/sites', style: 'graph', handle: listSites },
];
