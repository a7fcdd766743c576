import { createHash } from 'node:crypto';
import { parseEntitySelect, rejectQueryOptions } from '../graph/entity-select.js';
import { openLinkToken } from '../graph/link-token.js';
import { GraphError } from '../http/graph-error.js';
import type { RequestContext } from '../http/route.js';
import { SITE_PROPERTIES } from './site-view.js';

/** Where a site listing continues, sealed into `$skiptoken`. */
export type SitesCursor = { k: 'sites'; t: string; c: number; f: string };

/** A parsed site listing: projection, page size, start, and an optional predicate on site fields. */
export type SitesQuery = {
  select?: string[];
  top: number;
  from: number;
  /** False when `$filter=isPersonalSite eq true` (devtenant has no personal sites in this list). */
  any: boolean;
  keyword?: string;
  /** Hash of every option but `$skiptoken`: a skiptoken only continues the listing it came from. */
  fingerprint: string;
};

const ALLOWED = ['$select', '$top', '$skiptoken', '$filter'];

function parseFilter(raw: string | null): boolean {
  if (raw === null) return true;
  const m = /^\s*isPersonalSite\s+eq\s+(true|false)\s*$/i.exec(raw);
  if (!m) throw new GraphError(400, 'BadRequest', `Unsupported $filter on sites: '${raw}'. devtenant supports 'isPersonalSite eq true|false'.`);
  return m[1]?.toLowerCase() === 'false';
}

/** Parses `$select`, `$top` (1..999, default 200), `$filter`, `search` and `$skiptoken` for a tenant. */
export function parseSitesQuery(ctx: RequestContext, tenantId: string): SitesQuery {
  const q = ctx.query;
  rejectQueryOptions(q, ALLOWED);
  const topRaw = q.get('$top');
  const top = topRaw === null ? 200 : Number(topRaw);
  if (!Number.isInteger(top) || top < 1 || top > 999) {
    throw new GraphError(400, 'BadRequest', `Invalid page size specified: '${topRaw ?? ''}'. Must be between 1 and 999 inclusive.`);
  }
  const search = q.get('search')?.trim().replace(/^"(.*)"$/, '$1');
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([ctx.url.pathname, ...[...q.entries()].filter(([k]) => k !== '$skiptoken').sort()]))
    .digest('base64url')
    .slice(0, 16);
  let from = 0;
  const skiptoken = q.get('$skiptoken');
  if (skiptoken) {
    const opened = openLinkToken<SitesCursor>(ctx.app, skiptoken);
    if (!opened.ok || opened.payload.k !== 'sites' || opened.payload.t !== tenantId || opened.payload.f !== fingerprint) {
      throw new GraphError(400, 'BadRequest', 'The specified page token value has expired or is not valid for this query.');
    }
    from = opened.payload.c;
  }
  return {
    select: parseEntitySelect(q.get('$select'), SITE_PROPERTIES, 'site'),
    top,
    from,
    any: parseFilter(q.get('$filter')),
    keyword: search && search !== '*' ? search.toLowerCase() : undefined,
    fingerprint,
  };
}
