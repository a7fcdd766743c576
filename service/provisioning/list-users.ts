import { AppError } from "../domain/app-error.js";
import { assertAllowed, type Staff } from "../domain/staff.js";
import type { DirectoryUser } from "../ports/directory.port.js";
import type { ProvisioningDeps } from "./deps.js";
import { requireCustomer } from "./require-customer.js";

export interface ListUsersInput {
  search?: string | undefined;
  cursor?: string | undefined;
  pageSize: number;
}

/** A user as staff see it on the Enable page; backup state arrives with "Enable users". */
export type UserRow = DirectoryUser & { backup: "off" | "requested" | "protected" | "failed" };

/** Enable: a page of the customer tenant's users, read with the app-only token from Authorise. */
export async function listUsers(
  deps: Pick<ProvisioningDeps, "customers" | "directory">,
  staff: Staff,
  customerId: string,
  input: ListUsersInput,
): Promise<{ users: UserRow[]; nextCursor: string | null; total: number | null }> {
  assertAllowed(staff, "view");
  const customer = await requireCustomer(deps.customers, staff, customerId);
  if (customer.connection !== "connected" || !customer.tenantId) {
    throw new AppError("CUSTOMER.NOT_AUTHORISED", `Authorise ${customer.name} first: its users can be listed once the tenant's admin has accepted.`, {
      status: 409,
    });
  }
  const page = await deps.directory.listUsers(customer.tenantId, input);
  return { users: page.users.map((user) => ({ ...user, backup: "off" })), nextCursor: page.cursor, total: page.total };
}
