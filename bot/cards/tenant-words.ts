import type { Customer } from "../../service/index.js";
import type { TextColor } from "./card-types.js";

/** A customer's place on the guide's path in the tab's words, with a colour for it. */
export interface TenantWords {
  label: string;
  color: TextColor;
}

/** Same order as the tab's badge: Connected wins, then a tenant on file from Manage Protect, then whether one was saved. */
export function tenantStatus(customer: Pick<Customer, "origin" | "connection">): TenantWords {
  if (customer.connection === "connected") return { label: "Connected", color: "good" };
  if (customer.origin === "manageProtect") return { label: "On file (Manage Protect)", color: "accent" };
  if (customer.connection === "saved") return { label: "Ready to Authorise", color: "accent" };
  return { label: "Tenant ID needed", color: "warning" };
}

/** The next step on the guide's path (Save → Authorise → Enable), said the way the guide says it. */
export function nextStep(customer: Pick<Customer, "origin" | "connection">): string {
  if (customer.connection === "connected") return "Enable: choose users one by one, All, or Enable Auto.";
  if (customer.origin === "manageProtect" || customer.connection === "saved") {
    return "Authorise: the customer's admin signs in and accepts the permissions; the button then changes to Enable.";
  }
  return "Save: enter the customer's Office 365 tenant ID and click Save, then Authorise.";
}

/** The tenant as staff know it: its name, else its domain, else its ID; null while none is entered. */
export function tenantName(customer: Pick<Customer, "tenantDisplayName" | "tenantDomain" | "tenantId">): string | null {
  return customer.tenantDisplayName ?? customer.tenantDomain ?? customer.tenantId;
}
