import { z } from "zod";

/** A user's backup state as staff see it (turning users on comes with "Enable users"). */
export const BackupState = z.enum(["off", "requested", "protected", "failed"]);
export type BackupState = z.infer<typeof BackupState>;

export const TenantUser = z.object({
  id: z.string(),
  displayName: z.string(),
  userPrincipalName: z.string(),
  mail: z.string().nullable(),
  accountEnabled: z.boolean(),
  licensed: z.boolean(),
  backup: BackupState,
  /** Why protection failed, in Microsoft's words, when `backup` is `failed`. */
  backupError: z.string().nullable(),
});
export type TenantUser = z.infer<typeof TenantUser>;

export const ListUsersQuery = z.object({
  search: z.string().trim().max(100).optional(),
  cursor: z.string().max(4096).optional(),
  pageSize: z.coerce.number().int().min(1).max(999).default(50),
  /** Only users in this backup state (served from our store, not Graph). */
  status: BackupState.optional(),
});
export type ListUsersQuery = z.infer<typeof ListUsersQuery>;

export const ListUsersResponse = z.object({
  users: z.array(TenantUser),
  /** Opaque; pass back as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** Total matching users when the directory reports it. */
  total: z.number().int().nullable(),
});
export type ListUsersResponse = z.infer<typeof ListUsersResponse>;
