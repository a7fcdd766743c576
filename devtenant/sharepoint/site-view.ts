import { siteAt } from '../backup/site-catalog.js';
import { userHash } from '../seed/user-id.js';
import type { Tenant } from '../state/tenant-registry.js';

/** Properties of Graph v1.0 `site` (with baseItem's and entity's), as `$select` may name them. */
export const SITE_PROPERTIES: readonly string[] = [
  'id', 'createdBy', 'createdDateTime', 'description', 'eTag', 'lastModifiedBy', 'lastModifiedDateTime', 'name',
  'parentReference', 'webUrl', 'displayName', 'error', 'isPersonalSite', 'root', 'sharepointIds', 'siteCollection',
];

/** What Graph returns for a site without `$select`. */
export const DEFAULT_SITE_SELECT: readonly string[] = [
  'createdDateTime', 'description', 'id', 'lastModifiedDateTime', 'name', 'webUrl', 'displayName', 'isPersonalSite', 'siteCollection',
];

const YEAR_SECONDS = 365 * 24 * 3600;
/** Generated dates stay before this, so they never change with the clock (a tenant made today gets its own date). */
const DATES_BEFORE = Date.UTC(2026, 0, 1);

function within(from: number, maxSeconds: number, hash: number): number {
  const span = Math.min(maxSeconds, Math.max(0, Math.floor((DATES_BEFORE - from) / 1000)));
  return span > 0 ? from + (hash % span) * 1000 : from;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Site `index` of a tenant as Graph's `site`: the same id, webUrl and name as the Backup site
 * catalog (`siteAt`), so ids read from /sites are exactly what siteProtectionUnits accept.
 */
export function siteView(tenant: Tenant, index: number): Record<string, unknown> {
  const site = siteAt(tenant, index);
  const [hostname = '', siteGuid = '', webGuid = ''] = site.siteId.split(',');
  const h = userHash(`siteview|${tenant.seed.tenantId}`, index);
  const created = within(Date.parse(tenant.seed.createdDateTime), 3 * YEAR_SECONDS, h.readUInt32BE(0));
  const modified = within(created, 2 * YEAR_SECONDS, h.readUInt32BE(4));
  return {
    id: site.siteId,
    createdDateTime: iso(created),
    description: '',
    eTag: `"${webGuid},1"`,
    lastModifiedDateTime: iso(modified),
    name: new URL(site.siteWebUrl).pathname.split('/').pop() ?? '',
    webUrl: site.siteWebUrl,
    displayName: site.siteName,
    isPersonalSite: false,
    sharepointIds: { siteId: siteGuid, siteUrl: site.siteWebUrl, tenantId: tenant.seed.tenantId, webId: webGuid },
    siteCollection: { hostname },
  };
}

/** The SharePoint host of a tenant (`tailspintoys.sharepoint.com`), as site ids carry it. */
export function sharePointHost(tenant: Tenant): string {
  return siteAt(tenant, 0).siteId.split(',')[0] ?? '';
}
