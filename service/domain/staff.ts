import { AppError } from "./app-error.js";

/** Staff roles, from the `roles` claim of the staff member's token (Entra app roles). */
export type StaffRole = "admin" | "operator" | "viewer";

/** The signed-in MSP staff member, as proven by a validated token. */
export interface Staff {
  mspTenantId: string;
  oid: string;
  name: string;
  userPrincipalName: string;
  role: StaffRole;
}

/** What a role may do: viewers look; operators and admins act. */
export type StaffAction = "view" | "changeTenant" | "authorise" | "enableUsers" | "provisionSites";

const allowed: Record<StaffRole, ReadonlySet<StaffAction>> = {
  admin: new Set(["view", "changeTenant", "authorise", "enableUsers", "provisionSites"]),
  operator: new Set(["view", "changeTenant", "authorise", "enableUsers", "provisionSites"]),
  viewer: new Set(["view"]),
};

/** Throws 403 unless the staff member's role allows the action. */
export function assertAllowed(staff: Staff, action: StaffAction): void {
  if (!allowed[staff.role].has(action)) {
    throw new AppError("STAFF.FORBIDDEN", `Your role (${staff.role}) can look but not change anything. Ask an admin or operator.`, {
      status: 403,
    });
  }
}

/** Maps Entra app-role values to a staff role, highest wins; null when the token carries none of ours. */
export function roleFromClaims(roles: readonly string[]): StaffRole | null {
  if (roles.includes("Backup.Admin")) return "admin";
  if (roles.includes("Backup.Operator")) return "operator";
  if (roles.includes("Backup.Viewer")) return "viewer";
  return null;
}
