import type { BackupState } from "../domain/job.js";
import type { DirectoryUser } from "./directory.port.js";

/** A customer tenant's user as we keep it: directory facts from Graph delta plus our protection state. */
export type StoredUser = DirectoryUser & {
  tenantId: string;
  backup: BackupState;
  backupError: string | null;
};

/**
 * The users that may still be off, so All need not read every user: `ids` are the users noted since (new or changed
 * in an incremental sync, or left failed), and `complete` says whether they are all of them — true once an All has
 * looked at every user after the latest full read (`coverToDo`), false before that or after the list overflowed
 * (then All reads everyone).
 */
export interface ToDo {
  ids: string[];
  complete: boolean;
  /** When the directory was last read in full, to pass to `coverToDo`. */
  fullReadAt: string | null;
}

/** Users per tenant, kept in sync from Graph `/users/delta`, with the tenant's to-do list. */
export interface TenantUserStore {
  /**
   * Writes users' directory facts (a user removed before and back in the directory shows again). `insertFirst`, for an
   * incremental read whose users are mostly new: returns the ids that did not exist before (so they are off: nobody
   * need read them back); without it, or for users that existed, nothing is returned for them.
   */
  upsertDirectory(tenantId: string, users: DirectoryUser[], options?: { insertFirst?: boolean }): Promise<string[]>;
  remove(tenantId: string, userIds: string[]): Promise<void>;
  setBackup(tenantId: string, updates: Array<{ id: string; backup: BackupState; backupError: string | null }>): Promise<void>;
  get(tenantId: string, userIds: string[]): Promise<StoredUser[]>;
  /** Every user of the tenant, page by page, in id order. */
  scan(tenantId: string): AsyncIterable<StoredUser[]>;
  /** Every user's backup state only (the weekly check's comparison), page by page, in id order: a smaller read. */
  scanStates(tenantId: string): AsyncIterable<Array<Pick<StoredUser, "id" | "backup" | "backupError">>>;
  getDeltaLink(tenantId: string): Promise<{ deltaLink: string | null; syncedAt: string | null }>;
  /** The deltaLink and the to-do list, as one read (the sync row holds both). */
  readSyncState(tenantId: string): Promise<{ deltaLink: string | null; syncedAt: string | null; toDo: ToDo }>;
  /**
   * Stores the deltaLink once every page is written, with what the read means for the to-do list, atomically: a full
   * read (first sync, expired deltaLink) makes it incomplete; an incremental one notes the users it brought. Returns the
   * to-do list as that write left it, or null when the write did not touch the list (nothing noted). `settled`: users
   * taken off the list in the same write, after the noting (a held night's targets, submitted before this write).
   */
  setDeltaLink(tenantId: string, deltaLink: string, syncedAt: string, read: { full: true } | { full: false; noted: string[] }, settled?: string[]): Promise<ToDo | null>;
  readToDo(tenantId: string): Promise<ToDo>;
  /** Notes users (they failed: the next All tries them again). */
  noteToDo(tenantId: string, userIds: string[]): Promise<void>;
  /** Forgets noted users (those not noted are ignored). */
  clearToDo(tenantId: string, userIds: string[]): Promise<void>;
  /** Records that every user was looked at after the full read of `fullReadAt`: from now on the list is complete. */
  coverToDo(tenantId: string, fullReadAt: string | null): Promise<void>;
}
