/** devtenant's admin API (/_devtenant), for setting the scene and reading counters in tests. */
export function devtenantAdmin(url: string) {
  const call = async (method: string, path: string, body?: unknown): Promise<any> => {
    const response = await fetch(`${url}/_devtenant${path}`, {
      method,
      headers: body !== undefined ? { "content-type": "application/json" } : {},
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (!response.ok) throw new Error(`devtenant ${method} ${path}: ${response.status} ${await response.text()}`);
    const text = await response.text();
    return text ? JSON.parse(text) : null;
  };
  return {
    counters: (): Promise<Record<string, number>> => call("GET", "/counters"),
    resetCounters: () => call("POST", "/counters/reset"),
    fault: (fault: Record<string, unknown>) => call("POST", "/faults", fault),
    clearFaults: () => call("DELETE", "/faults"),
    consents: () => call("GET", "/consents"),
    revokeConsent: (tenantId: string) => call("DELETE", `/consents/${tenantId}`).catch(() => null),
    createTenant: (tenant: { displayName: string; domain: string; userCount: number }): Promise<{ tenantId: string }> => call("POST", "/tenants", tenant),
    addUsers: (tenantId: string, count: number) => call("POST", `/tenants/${tenantId}/users`, { count }),
    updateUser: (tenantId: string, userId: string, change: { displayName?: string; accountEnabled?: boolean }) => call("PATCH", `/tenants/${tenantId}/users/${userId}`, change),
    backupSummary: (tenantId: string): Promise<any> => call("GET", `/backup/${tenantId}`),
    /** Forgets the tenant's whole Microsoft 365 Backup state (service, controllers, policies, units). */
    resetBackup: (tenantId: string): Promise<void> => call("DELETE", `/backup/${tenantId}`),
    backupSettings: (settings: { protectAfterMs?: number; jobCompleteAfterMs?: number; failureRate?: number }) => call("PUT", "/backup/settings", settings),
    billing: (ownerTenantId: string, state: "ok" | "missing" | "unreadable") => call("PUT", `/backup/billing/${ownerTenantId}`, { state }),
    /** The outbox of Graph sendMail, newest first (`to` filters by recipient). */
    mail: (query: { to?: string; tenant?: string } = {}): Promise<{ total: number; messages: any[] }> => call("GET", `/mail?${new URLSearchParams(query as Record<string, string>)}`),
    mint: (claims: Record<string, unknown>, header?: Record<string, unknown>): Promise<{ token: string }> => call("POST", "/mint", { claims, ...(header ? { header } : {}) }),
  };
}
