import type { Customer } from "../../../../contract/index.js";
import { tenantStatus } from "./tenant-status.js";

/** The customers whose name, product, tenant or status contains every word of `filter` (case-insensitive). */
export function filterCustomers(customers: Customer[], filter: string): Customer[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return customers;
  return customers.filter((customer) => {
    const text = [customer.name, customer.product, customer.tenantDomain, customer.tenantDisplayName, tenantStatus(customer).label]
      .filter(Boolean)
      .join(" ")
      .toLowerCase();
    return words.every((word) => text.includes(word));
  });
}
