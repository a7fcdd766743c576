import type { DirectoryPort, DirectoryUser } from "../../ports/directory.port.js";
import type { AppTokenPort } from "../../ports/identity.port.js";
import type { GraphClients } from "./graph-clients.js";
import { translateGraphError } from "./graph-errors.js";
import { decodeUserCursor, encodeUserCursor, skipTokenOf } from "./user-cursor.js";

interface GraphUser {
  id: string;
  displayName: string | null;
  userPrincipalName: string;
  mail: string | null;
  accountEnabled: boolean | null;
  assignedLicenses: { skuId: string }[] | null;
}
interface GraphPage<T> {
  value: T[];
  "@odata.nextLink"?: string;
  "@odata.deltaLink"?: string;
  "@odata.count"?: number;
}

const userFields = ["id", "displayName", "userPrincipalName", "mail", "accountEnabled", "assignedLicenses"];

/** Reads organisations and users with Microsoft Graph (users: $select, $top, $search with $count). */
export function createDirectoryAdapter(graph: GraphClients, tokens: AppTokenPort): DirectoryPort {
  return {
    async getOrganization(tenantId) {
      await tokens.getAppToken(tenantId);
      try {
        const page = (await graph.forTenant(tenantId).api("/organization").select(["id", "displayName", "verifiedDomains"]).get()) as GraphPage<{
          id: string;
          displayName: string;
          verifiedDomains: { name: string; isDefault: boolean }[];
        }>;
        const org = page.value[0];
        if (!org) throw Object.assign(new Error("no organization"), { statusCode: 404 });
        return { tenantId: org.id, displayName: org.displayName, defaultDomain: org.verifiedDomains.find((d) => d.isDefault)?.name ?? null };
      } catch (error) {
        throw translateGraphError(error, "the tenant's organisation");
      }
    },
    async *readUsersDelta(tenantId, deltaLink) {
      await tokens.getAppToken(tenantId);
      let next: string | null = deltaLink ?? `/users/delta?$select=${userFields.join(",")}`;
      while (next) {
        const url: string = next;
        let page: GraphPage<GraphUser & { "@removed"?: unknown }>;
        try {
          page = await graph.forTenant(tenantId).api(url).header("Prefer", "odata.maxpagesize=999").get();
        } catch (error) {
          throw translateGraphError(error, "the tenant's user changes");
        }
        const removed = page.value.filter((u) => u["@removed"]).map((u) => u.id);
        const users = page.value.filter((u) => !u["@removed"] && u.userPrincipalName).map(toDirectoryUser);
        yield { users, removed, deltaLink: page["@odata.deltaLink"] ?? null };
        next = page["@odata.nextLink"] ?? null;
      }
    },
    async listUsers(tenantId, options = {}) {
      const cursor = options.cursor ? decodeUserCursor(options.cursor) : null;
      const search = (cursor?.search ?? options.search ?? "").replace(/["\\]/g, "").trim();
      await tokens.getAppToken(tenantId);
      try {
        let request = graph
          .forTenant(tenantId)
          .api("/users")
          .header("ConsistencyLevel", "eventual")
          .select(userFields)
          .top(options.pageSize ?? 100)
          .count(true);
        // The Graph client puts query values into the URL as they are: a `#`, `&` or `+` typed by staff is encoded here.
        if (search) request = request.search(encodeURIComponent(`"displayName:${search}"`));
        if (cursor) request = request.query({ $skiptoken: cursor.skipToken });
        const page = (await request.get()) as GraphPage<GraphUser>;
        const skipToken = skipTokenOf(page["@odata.nextLink"]);
        return {
          users: page.value.map(toDirectoryUser),
          cursor: skipToken ? encodeUserCursor({ skipToken, search }) : null,
          total: page["@odata.count"] ?? null,
        };
      } catch (error) {
        throw translateGraphError(error, "the tenant's users");
      }
    },
  };
}

function toDirectoryUser(user: GraphUser): DirectoryUser {
  return {
    id: user.id,
    displayName: user.displayName ?? user.userPrincipalName,
    userPrincipalName: user.userPrincipalName,
    mail: user.mail,
    accountEnabled: user.accountEnabled ?? true,
    licensed: (user.assignedLicenses ?? []).length > 0,
  };
}
