/** Something staff did to a customer, kept so the MSP can answer "who did what, when". */
export interface AuditEntry {
  mspTenantId: string;
  customerId: string;
  at: string;
  actorOid: string;
  actorName: string;
  action: string;
  outcome: "succeeded" | "failed";
  detail: string;
}

/** The append-only audit trail. */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  list(mspTenantId: string, customerId: string, options?: { limit?: number }): Promise<AuditEntry[]>;
}
