import type { DirectoryUser } from '../seed/directory-user.js';
import { derivedGuid, userHash } from '../seed/user-id.js';
import type { Tenant } from '../state/tenant-registry.js';

/** Properties of Graph v1.0 `drive` (with baseItem's and entity's), as `$select` may name them. */
export const DRIVE_PROPERTIES: readonly string[] = [
  'id', 'createdBy', 'createdDateTime', 'description', 'eTag', 'lastModifiedBy', 'lastModifiedDateTime', 'name',
  'parentReference', 'webUrl', 'driveType', 'owner', 'quota', 'sharePointIds', 'system',
];

/** What Graph returns for a drive without `$select`. */
export const DEFAULT_DRIVE_SELECT: readonly string[] = [
  'createdDateTime', 'description', 'id', 'lastModifiedDateTime', 'name', 'webUrl', 'driveType', 'createdBy', 'lastModifiedBy', 'owner', 'quota',
];

const TIB = 1024 ** 4;

/** Whether a user has a provisioned OneDrive: devtenant gives one to enabled users holding a licence. */
export function hasOneDrive(user: DirectoryUser): boolean {
  return user.accountEnabled && user.assignedLicenses.length > 0;
}

function guidBytes(guid: string): Buffer {
  return Buffer.from(guid.replace(/-/g, ''), 'hex');
}

/** `https://<tenant>-my.sharepoint.com/personal/<upn with _ for . and @>`: the user's personal site. */
export function personalSiteUrl(tenant: Tenant, user: DirectoryUser): string {
  const prefix = tenant.seed.domain.split('.')[0] ?? 'tenant';
  return `https://${prefix}-my.sharepoint.com/personal/${user.userPrincipalName.toLowerCase().replace(/[.@]/g, '_')}`;
}

/**
 * A user's OneDrive as Graph's `drive`, derived from (tenant, user) alone. Its id is `b!` + the
 * base64url of the personal site's site, web and list GUIDs, as SharePoint's drive ids are.
 */
export function driveView(tenant: Tenant, user: DirectoryUser): Record<string, unknown> {
  const tid = tenant.seed.tenantId;
  const key = String(user.index);
  const [siteId, webId, listId] = ['site', 'web', 'list'].map((part) => derivedGuid('onedrive', part, tid, key)) as [string, string, string];
  const h = userHash(`drive|${tid}`, user.index);
  const used = h.readUInt32BE(0) * 8;
  const deleted = h.readUInt16BE(4) * 1024;
  const owner = { user: { id: user.id, displayName: user.displayName } };
  const siteUrl = personalSiteUrl(tenant, user);
  return {
    id: `b!${Buffer.concat([guidBytes(siteId), guidBytes(webId), guidBytes(listId)]).toString('base64url')}`,
    createdDateTime: user.createdDateTime,
    description: '',
    lastModifiedDateTime: user.createdDateTime,
    name: 'OneDrive',
    webUrl: `${siteUrl}/Documents`,
    driveType: 'business',
    createdBy: { user: { displayName: 'System Account' } },
    lastModifiedBy: owner,
    owner,
    quota: { deleted, remaining: TIB - used, state: 'normal', total: TIB, used },
    sharePointIds: { listId, siteId, siteUrl, tenantId: tid, webId },
  };
}
