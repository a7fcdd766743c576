import { AppError } from "../domain/app-error.js";
import type { BackupState } from "../domain/job.js";
import { assertAllowed, type Staff } from "../domain/staff.js";
import type { DirectoryUser } from "../ports/directory.port.js";
import type { StoredUser } from "../ports/tenant-user-store.port.js";
import type { ProvisioningDeps } from "./deps.js";
import { requireConnected } from "./require-connected.js";

export interface ListUsersInput {
  search?: string | undefined;
  cursor?: string | undefined;
  pageSize: number;
  status?: BackupState | undefined;
}

/** A user as staff see it on the Enable page: directory facts and backup state. */
export type UserRow = DirectoryUser & { backup: BackupState; backupError: string | null };

/**
 * Enable: a page of the customer tenant's users. The directory page comes from Graph (search, paging);
 * the backup state of each user comes from our store. Filtering by backup state reads our store only.
 */
export async function listUsers(
  deps: Pick<ProvisioningDeps, "customers" | "directory" | "tenantUsers">,
  staff: Staff,
  customerId: string,
  input: ListUsersInput,
): Promise<{ users: UserRow[]; nextCursor: string | null; total: number | null }> {
  assertAllowed(staff, "view");
  const customer = await requireConnected(deps.customers, staff, customerId);
  if (input.status) return listByState(deps, customer.tenantId, input.status, input);
  const page = await deps.directory.listUsers(customer.tenantId, input);
  const stored = new Map((await deps.tenantUsers.get(customer.tenantId, page.users.map((u) => u.id))).map((u) => [u.id, u]));
  const users = page.users.map((user) => ({ ...user, backup: stored.get(user.id)?.backup ?? "off", backupError: stored.get(user.id)?.backupError ?? null }));
  return { users, nextCursor: page.cursor, total: page.total };
}

async function listByState(deps: Pick<ProvisioningDeps, "tenantUsers">, tenantId: string, status: BackupState, input: ListUsersInput) {
  const after = input.cursor ? decodeAfter(input.cursor) : "";
  const search = input.search?.toLowerCase() ?? "";
  const users: StoredUser[] = [];
  let total = 0;
  let remaining = 0;
  for await (const page of deps.tenantUsers.scan(tenantId)) {
    for (const user of page) {
      if (user.backup !== status || (search && !user.displayName.toLowerCase().includes(search))) continue;
      total++;
      if (user.id <= after) continue;
      remaining++;
      if (users.length < input.pageSize) users.push(user);
    }
  }
  const last = users.at(-1);
  const more = last !== undefined && remaining > users.length;
  return {
    users: users.map(({ tenantId: _t, ...user }) => user),
    nextCursor: more ? Buffer.from(JSON.stringify({ after: last.id })).toString("base64url") : null,
    total,
  };
}

function decodeAfter(cursor: string): string {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { after?: unknown };
    if (typeof value.after === "string") return value.after;
  } catch {
    // fall through
  }
  throw new AppError("USERS.BAD_CURSOR", "That page of users is no longer valid. Reload the list.", { status: 400, field: "cursor" });
}
