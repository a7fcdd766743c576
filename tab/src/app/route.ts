import { useEffect, useState } from "react";

/** The customer page's two menu tabs. */
export type CustomerTab = "mailboxes" | "sharepoint";

/** The screens, addressed by the URL hash so reloads and deep links land in the same place. */
export type Route = { name: "customers" } | { name: "customer"; customerId: string; tab: CustomerTab };

/** Reads a route from a hash such as `#/customers/c-1/sharepoint`. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/").filter(Boolean);
  if (parts[0] === "customers" && parts[1]) {
    return { name: "customer", customerId: decodeURIComponent(parts[1]), tab: parts[2] === "sharepoint" ? "sharepoint" : "mailboxes" };
  }
  return { name: "customers" };
}

/** The hash for a route. */
export function routeHref(route: Route): string {
  if (route.name === "customers") return "#/";
  const base = `#/customers/${encodeURIComponent(route.customerId)}`;
  return route.tab === "sharepoint" ? `${base}/sharepoint` : base;
}

/** Goes to a route (adds a history entry, so the browser's Back works). */
export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

/** The current route, kept in step with the hash. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}
