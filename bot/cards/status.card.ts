import type { Customer } from "../../service/index.js";
import { adaptiveCard, facts, heading, localDateTime, openUrl, plain, text } from "./card-parts.js";
import type { AdaptiveCard, CardObject } from "./card-types.js";
import type { TabLinks } from "./tab-links.js";
import { nextStep, tenantName, tenantStatus } from "./tenant-words.js";

/** One customer: product, tenant, connection, who connected it and when, and the next step in the guide's words. */
export function buildStatusCard(customer: Customer, links: TabLinks): AdaptiveCard {
  const status = tenantStatus(customer);
  const tenant = tenantName(customer);
  const body: CardObject[] = [
    heading(plain(customer.name)),
    facts([
      ["Product", customer.product],
      ["Tenant", tenant ? plain(tenant) : "Not entered yet"],
      ["Tenant ID", customer.tenantId && customer.tenantId !== tenant ? customer.tenantId : null],
      ["Connection", status.label],
      ["Connected by", customer.connectedBy ? plain(customer.connectedBy) : null],
    ]),
  ];
  if (customer.connectedAt) body.push(text(`Connected ${localDateTime(customer.connectedAt)}`, { subtle: true, spacing: "small" }));
  if (customer.backupActivation === "pendingActive") {
    const from = customer.backupActiveFrom ? ` until ${localDateTime(customer.backupActiveFrom)}` : "";
    body.push(text(`Microsoft 365 Backup activation is pending${from}: another backup controller is active in this tenant.`, { color: "warning" }));
  }
  if (customer.lastConsentError && customer.connection !== "connected") {
    body.push(text(`Last Authorise attempt: ${plain(customer.lastConsentError)}`, { color: "attention" }));
  }
  body.push(text(`**Next step:** ${nextStep(customer)}`, { separator: true }));
  return adaptiveCard(body, [openUrl("Open in Backup365", links.customer(customer.id))], `${customer.name}: ${status.label}`);
}
