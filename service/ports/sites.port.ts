/** A SharePoint site as Graph lists it. */
export interface SiteRecord {
  id: string;
  webUrl: string;
  displayName: string;
  /** OneDrive's own personal sites: protected as drives, not as sites. */
  isPersonalSite: boolean;
}

/** Reads a customer tenant's SharePoint sites and OneDrive drives through Microsoft Graph (app-only). */
export interface SitesPort {
  /** Every site of the tenant (Graph `sites/getAllSites`), page by page. */
  listSites(tenantId: string, options?: { signal?: AbortSignal }): AsyncIterable<SiteRecord[]>;
  /** Which of these users have a OneDrive (Graph `/users/{id}/drive`, 20 per `$batch`). */
  findDrives(tenantId: string, userIds: string[], options?: { signal?: AbortSignal }): Promise<string[]>;
}
