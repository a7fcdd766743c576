import type { Next, Request, Response } from "restify";

/** Hosts allowed to frame the tab: Teams, Outlook and the Microsoft 365 app (no wildcard host). */
const frameAncestors = ["'self'", "https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://*.office.com", "https://*.cloud.microsoft", "https://*.microsoft365.com"];

/** Headers on every answer: a CSP that lets Teams frame the tab and nothing else, no sniffing, no referrer leaks. */
export function securityHeaders(req: Request, res: Response, next: Next): void {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "no-referrer");
  if (!req.url?.startsWith("/auth/")) {
    res.setHeader(
      "Content-Security-Policy",
      `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors ${frameAncestors.join(" ")}; base-uri 'self'; form-action 'self'`,
    );
  }
  if (req.url?.startsWith("/api/")) res.setHeader("Cache-Control", "no-store");
  next();
}
