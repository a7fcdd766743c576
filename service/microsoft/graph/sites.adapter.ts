import pLimit from "p-limit";
import type { AppTokenPort } from "../../ports/identity.port.js";
import type { SiteRecord, SitesPort } from "../../ports/sites.port.js";
import { findDrivesInBatches } from "./drive-batches.js";
import type { GraphClients } from "./graph-clients.js";
import { translateGraphError } from "./graph-errors.js";

type GraphSite = { id: string; webUrl?: string; displayName?: string | null; name?: string | null; isPersonalSite?: boolean | null };
type Page<T> = { value: T[]; "@odata.nextLink"?: string };

/** `$batch` requests of drive look-ups in flight at once per tenant (Graph throttles per app and tenant). */
const batchConcurrency = 4;

/** SharePoint sites (`sites/getAllSites`, app-only) and users' OneDrives (`/users/{id}/drive` in `$batch`). */
export function createSitesAdapter(graph: GraphClients, tokens: AppTokenPort): SitesPort {
  return {
    async *listSites(tenantId) {
      await tokens.getAppToken(tenantId);
      let next: string | undefined = "/sites/getAllSites?$select=id,webUrl,displayName,name,isPersonalSite&$top=999";
      while (next) {
        const url: string = next;
        let page: Page<GraphSite>;
        try {
          page = await graph.forTenant(tenantId).api(url).get();
        } catch (error) {
          throw translateGraphError(error, "the tenant's SharePoint sites");
        }
        yield page.value.map((s): SiteRecord => ({
          id: s.id.toLowerCase(),
          webUrl: s.webUrl ?? "",
          displayName: s.displayName ?? s.name ?? s.webUrl ?? s.id,
          isPersonalSite: s.isPersonalSite === true || /-my\.sharepoint\.com\/personal\//i.test(s.webUrl ?? ""),
        }));
        next = page["@odata.nextLink"];
      }
    },
    async findDrives(tenantId, userIds, options = {}) {
      await tokens.getAppToken(tenantId);
      const limit = pLimit(batchConcurrency);
      const chunks: string[][] = [];
      for (let i = 0; i < userIds.length; i += 20) chunks.push(userIds.slice(i, i + 20));
      // On the first failure, drop the chunks not started yet: the step fails and will be repeated as a whole.
      const found = await Promise.all(chunks.map((chunk) => limit(() => findDrivesInBatches(graph.forTenant(tenantId), chunk, options)))).catch((error: unknown) => {
        limit.clearQueue();
        throw error;
      });
      return found.flat();
    },
  };
}
