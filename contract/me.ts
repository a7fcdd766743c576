import { z } from "zod";

/** Staff roles, highest first: an admin and an operator act, a viewer only looks. */
export const StaffRole = z.enum(["admin", "operator", "viewer"]);
export type StaffRole = z.infer<typeof StaffRole>;

/** Who the tab is signed in as, so it can hide actions the role may not take. */
export const MeResponse = z.object({
  name: z.string(),
  userPrincipalName: z.string(),
  mspTenantId: z.string(),
  role: StaffRole,
});
export type MeResponse = z.infer<typeof MeResponse>;
