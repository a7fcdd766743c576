import type { Customer } from "../../service/index.js";
import { adaptiveCard, heading, openUrl, plain, text } from "./card-parts.js";
import type { AdaptiveCard, CardObject } from "./card-types.js";
import type { TabLinks } from "./tab-links.js";
import { tenantStatus } from "./tenant-words.js";

/** Rows shown before "and N more"; a Teams card stays well under its size limit. */
const maxRows = 25;

/** The MSP's customers, one row each (name, product, tenant status in the tab's words), each row opening it in the tab. */
export function buildCustomersCard(customers: readonly Customer[], links: TabLinks): AdaptiveCard {
  const body: CardObject[] = [heading(customers.length === 1 ? "1 customer" : `${customers.length} customers`)];
  if (customers.length === 0) body.push(text("No customers yet. Customers on file in Manage Protect, or added in the tab, show here."));
  for (const customer of customers.slice(0, maxRows)) body.push(row(customer, links));
  if (customers.length > maxRows) body.push(text(`and ${customers.length - maxRows} more: open the tab to see them all.`, { subtle: true }));
  return adaptiveCard(body, [openUrl("Open in Backup365", links.customers())], `${customers.length} customers`);
}

function row(customer: Customer, links: TabLinks): CardObject {
  const status = tenantStatus(customer);
  return {
    type: "ColumnSet",
    separator: true,
    selectAction: openUrl(`Open ${customer.name}`, links.customer(customer.id)),
    columns: [
      {
        type: "Column",
        width: "stretch",
        items: [text(`**${plain(customer.name)}**`), text(customer.product, { subtle: true, spacing: "none", size: "small" })],
      },
      { type: "Column", width: "auto", verticalContentAlignment: "center", items: [text(status.label, { color: status.color })] },
    ],
  };
}
