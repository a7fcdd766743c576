import type { Staff } from "../../service/index.js";

/**
 * Who a Teams user is to us, with their role, from a trusted record (the server keeps it from their tab sign-in,
 * whose token carries the role claim). The bot never guesses a role from the chat.
 */
export interface StaffDirectory {
  /** The staff member with this Entra object ID in this MSP tenant, or null if they never signed in to the tab. */
  findStaff(mspTenantId: string, aadObjectId: string): Promise<Staff | null>;
}
