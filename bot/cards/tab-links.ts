/** Where the bot's "Open in Backup365" buttons go: the server knows the tab's address (or Teams deep link). */
export interface TabLinks {
  /** The customer list. */
  customers(): string;
  /** One customer, on its mailboxes page or its SharePoint / OneDrive page. */
  customer(customerId: string, page?: "mailboxes" | "sharepoint"): string;
}

/** Links into the tab by its hash routes (`#/customers/<id>[/sharepoint]`), from the tab's base URL. */
export function tabLinksFromBase(baseUrl: string): TabLinks {
  const base = baseUrl.replace(/#.*$/, "");
  return {
    customers: () => `${base}#/`,
    customer: (customerId, page = "mailboxes") =>
      `${base}#/customers/${encodeURIComponent(customerId)}${page === "sharepoint" ? "/sharepoint" : ""}`,
  };
}
