/** The HTTP paths the tab calls; the server mounts exactly these. */
export const apiRoutes = {
  me: "/api/me",
  customers: "/api/customers",
  customer: (id: string) => `/api/customers/${encodeURIComponent(id)}`,
  customerTenant: (id: string) => `/api/customers/${encodeURIComponent(id)}/tenant`,
  customerConsent: (id: string) => `/api/customers/${encodeURIComponent(id)}/consent`,
  customerUsers: (id: string) => `/api/customers/${encodeURIComponent(id)}/users`,
  customerEnable: (id: string) => `/api/customers/${encodeURIComponent(id)}/enable`,
  customerJobs: (id: string) => `/api/customers/${encodeURIComponent(id)}/jobs`,
  customerJob: (id: string, jobId: string) => `/api/customers/${encodeURIComponent(id)}/jobs/${encodeURIComponent(jobId)}`,
  customerJobResume: (id: string, jobId: string) => `/api/customers/${encodeURIComponent(id)}/jobs/${encodeURIComponent(jobId)}/resume`,
  customerJobRetryFailed: (id: string, jobId: string) => `/api/customers/${encodeURIComponent(id)}/jobs/${encodeURIComponent(jobId)}/retry-failed`,
  customerProtection: (id: string) => `/api/customers/${encodeURIComponent(id)}/protection`,
  customerAuto: (id: string) => `/api/customers/${encodeURIComponent(id)}/auto`,
  customerAudit: (id: string) => `/api/customers/${encodeURIComponent(id)}/audit`,
  /** GET: the SharePoint / OneDrive panel's state. */
  customerSharePoint: (id: string) => `/api/customers/${encodeURIComponent(id)}/sharepoint`,
  /** POST: Provision SharePoint and OneDrive with reporting options (no new sign-in: app-only tokens). */
  customerProvision: (id: string) => `/api/customers/${encodeURIComponent(id)}/sharepoint/provision`,
} as const;

/** Browser-navigated (not fetch) paths: the local sign-in and the consent popup. */
export const authRoutes = {
  signInStart: "/auth/signin/start",
  signInCallback: "/auth/signin/callback",
  consentStart: "/auth/consent/start",
  consentCallback: "/auth/consent/callback",
  /** The tab reads which sign-in to use (local or Teams SSO) and the app's client id. */
  config: "/auth/config",
} as const;
