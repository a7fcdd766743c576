import type { Staff } from "../domain/staff.js";

/** Staff as their last validated token described them: the bot's only source of a chat user's role. */
export interface StaffStore {
  record(staff: Staff, seenAt: string): Promise<void>;
  find(mspTenantId: string, oid: string): Promise<Staff | null>;
}
