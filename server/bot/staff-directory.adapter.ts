import type { StaffDirectory } from "../../bot/index.js";
import type { StaffStore } from "../../service/index.js";

/** The bot's staff directory is the staff record the server keeps from each validated tab sign-in (GET /api/me). */
export function staffDirectoryFrom(staff: Pick<StaffStore, "find">): StaffDirectory {
  return { findStaff: (mspTenantId, aadObjectId) => staff.find(mspTenantId, aadObjectId) };
}
