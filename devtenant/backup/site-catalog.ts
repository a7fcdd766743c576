import { derivedGuid, userIdFor, userIndexFromId } from '../seed/user-id.js';
import type { Tenant } from '../state/tenant-registry.js';
import type { ResourceCatalog } from './resource-catalog.js';

const TOPICS = ['Marketing', 'Finance', 'Sales', 'Human Resources', 'Engineering', 'Legal', 'Operations', 'Projects', 'Support', 'Research'];

/** A generated SharePoint site, as a siteProtectionUnit shows it. */
export type SiteInfo = { siteId: string; siteWebUrl: string; siteName: string };

/** How many sites a tenant has: one per ten users, at least 25. */
export function siteCount(tenant: Tenant): number {
  return Math.max(25, Math.ceil(tenant.seed.userCount / 10));
}

function host(tenant: Tenant): string {
  return `${tenant.seed.domain.split('.')[0] ?? 'tenant'}.sharepoint.com`.toLowerCase();
}

function topic(index: number): string {
  return TOPICS[index % TOPICS.length] as string;
}

function slug(index: number): string {
  return `${topic(index).toLowerCase().replace(/\s+/g, '')}${index}`;
}

/**
 * Site `index` of a tenant, generated like users: `https://<tenant>.sharepoint.com/sites/marketing0`,
 * id `<host>,<site collection GUID>,<web GUID>` whose first GUID encodes the index (O(1) lookup).
 */
export function siteAt(tenant: Tenant, index: number): SiteInfo {
  const tid = tenant.seed.tenantId;
  const h = host(tenant);
  return {
    siteId: `${h},${userIdFor(`site|${tid}`, index)},${derivedGuid('web', tid, String(index))}`,
    siteWebUrl: `https://${h}/sites/${slug(index)}`,
    siteName: `${topic(index)} ${index}`,
  };
}

/** SharePoint sites of a tenant, generated on demand; Graph's /sites (devtenant/sharepoint) lists the same ones. */
export function siteCatalog(tenant: Tenant): ResourceCatalog {
  const tid = tenant.seed.tenantId;
  const count = siteCount(tenant);
  const valid = (index: number | undefined): number | undefined => (index !== undefined && index < count ? index : undefined);
  return {
    byId(raw) {
      const parts = raw.toLowerCase().split(',');
      if (parts.length === 3 && parts[0] !== host(tenant)) return undefined;
      const guid = parts.length === 3 ? parts[1] : parts.length === 1 ? parts[0] : undefined;
      const index = valid(guid === undefined ? undefined : userIndexFromId(`site|${tid}`, guid));
      return index !== undefined && (parts.length === 1 || siteAt(tenant, index).siteId === parts.join(',')) ? index : undefined;
    },
    byName(raw) {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return undefined;
      }
      const m = /^\/sites\/([a-z]+)(\d+)\/?$/.exec(url.pathname.toLowerCase());
      if (url.protocol !== 'https:' || url.hostname !== host(tenant) || !m) return undefined;
      const index = valid(Number(m[2]));
      return index !== undefined && slug(index) === `${m[1]}${m[2]}` ? index : undefined;
    },
    gone: () => false,
    canonicalId: (index) => siteAt(tenant, index).siteId,
    fields: (index) => ({ ...siteAt(tenant, index) }),
  };
}
