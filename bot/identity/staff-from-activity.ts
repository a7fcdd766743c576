import type { Staff } from "../../service/index.js";
import type { IncomingTurn } from "../turn.js";
import type { StaffDirectory } from "./staff-directory.port.js";

/** The parts of a Bot Framework activity that say who sent it and from which tenant. */
export interface ActivityIdentity {
  from?: { aadObjectId?: string };
  conversation?: { tenantId?: string };
  channelData?: unknown;
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The sender's tenant: Teams' `channelData.tenant.id`, else `conversation.tenantId`; only a GUID counts. */
export function tenantIdOf(activity: ActivityIdentity): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannel = typeof channelData?.tenant?.id === "string" ? channelData.tenant.id : undefined;
  const id = fromChannel ?? activity.conversation?.tenantId;
  return id && guid.test(id) ? id.toLowerCase() : undefined;
}

/**
 * The staff member behind a turn, looked up in the trusted directory by tenant and Entra object ID;
 * null (so: "sign in to the tab once") when either is missing or the directory does not know them.
 */
export async function staffFromActivity(directory: StaffDirectory, turn: Pick<IncomingTurn, "from" | "tenantId">): Promise<Staff | null> {
  const oid = turn.from.aadObjectId?.toLowerCase();
  if (!turn.tenantId || !oid || !guid.test(oid)) return null;
  const staff = await directory.findStaff(turn.tenantId, oid);
  // A directory answering for someone else is a bug on its side; refuse rather than act as the wrong person.
  if (!staff || staff.mspTenantId.toLowerCase() !== turn.tenantId || staff.oid.toLowerCase() !== oid) return null;
  return staff;
}
