import type { BadgeProps } from "@fluentui/react-components";
import type { Customer } from "../../../../contract/index.js";

/** A customer's place on the guide's path, in staff words, with its badge colour. */
export interface TenantStatus {
  label: string;
  color: NonNullable<BadgeProps["color"]>;
}

/** Connected wins; a tenant on file from Manage Protect next; then whether a tenant ID was saved. */
export function tenantStatus(customer: Pick<Customer, "origin" | "connection">): TenantStatus {
  if (customer.connection === "connected") return { label: "Connected", color: "success" };
  if (customer.origin === "manageProtect") return { label: "On file (Manage Protect)", color: "informative" };
  if (customer.connection === "saved") return { label: "Ready to Authorise", color: "brand" };
  return { label: "Tenant ID needed", color: "warning" };
}
