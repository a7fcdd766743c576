import type { TableClient, TableEntity } from "@azure/data-tables";
import { AppError } from "../domain/app-error.js";

/** The HTTP status of a storage failure; Azure's `code` may be missing, `statusCode` is not. */
export function storageStatus(error: unknown): number | undefined {
  return typeof error === "object" && error !== null && "statusCode" in error ? Number(error.statusCode) : undefined;
}

/**
 * Whether a 404 says the entity is missing (`ResourceNotFound`), so its table exists — as opposed to `TableNotFound`.
 * The code is taken from the SDK's parsed error, or from the error body when the SDK left it unparsed (Azurite's).
 */
export function isEntityMissing(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = "code" in error && typeof error.code === "string" ? error.code : "";
  const message = "message" in error && typeof error.message === "string" ? error.message : "";
  return code === "ResourceNotFound" || (code === "" && /"code":"ResourceNotFound"/.test(message));
}

/** Turns a storage failure into the product's error: 412 → conflict; anything else → storage unavailable. */
export function translateStorageError(error: unknown, what: string): AppError {
  const status = storageStatus(error);
  if (status === 400) {
    // Azure refuses a key it cannot hold (`/ \ # ?`, control characters): nothing of ours is stored under it.
    return new AppError("STORE.NOT_FOUND", `No such ${what}.`, { status: 404, cause: error });
  }
  if (status === 412 || status === 409) {
    return new AppError("STORE.CONFLICT", `Someone else changed this ${what} at the same moment. Reload and try again.`, {
      status: 409,
      cause: error,
    });
  }
  return new AppError("STORE.UNAVAILABLE", "Storage is not answering right now. Try again in a minute.", { status: 503, cause: error });
}

/** Reads one entity; null when it does not exist. */
export async function getOrNull<T>(read: () => Promise<T>, what: string): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (storageStatus(error) === 404 || storageStatus(error) === 400) return null;
    throw translateStorageError(error, what);
  }
}

/** Replaces an entity only if it still carries `etag` (none: unconditional); returns the new ETag. */
export async function replaceIfUnchanged(
  client: TableClient,
  entity: TableEntity,
  etag: string | undefined,
  what: string,
): Promise<string | undefined> {
  try {
    return (await client.updateEntity(entity, "Replace", { etag: etag ?? "*" })).etag;
  } catch (error) {
    throw translateStorageError(error, what);
  }
}

/** Whether Table Storage can hold this as a PartitionKey/RowKey (no `/ \\ # ?`, no control characters, ≤ 1 KiB). */
export function isStorableKey(key: string): boolean {
  return key.length > 0 && key.length <= 1024 && !/[/\\#?\u0000-\u001f\u007f-\u009f]/.test(key);
}
