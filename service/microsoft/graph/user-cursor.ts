import { AppError } from "../../domain/app-error.js";

/** What a user-list cursor carries: Graph's skip token and the search it belongs to. */
export interface UserCursor {
  skipToken: string;
  search: string;
}

/** Encodes a cursor for the tab; opaque, and never a URL (a URL from a client must not steer our requests). */
export function encodeUserCursor(cursor: UserCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** Decodes a cursor from the tab; a damaged one is a 400, not a request to Graph. */
export function decodeUserCursor(raw: string): UserCursor {
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Partial<UserCursor>;
    if (typeof value.skipToken === "string" && value.skipToken.length > 0 && typeof value.search === "string") {
      return { skipToken: value.skipToken, search: value.search };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError("USERS.BAD_CURSOR", "That page of users is no longer valid. Reload the list.", { status: 400, field: "cursor" });
}

/** Pulls `$skiptoken` out of Graph's `@odata.nextLink`. */
export function skipTokenOf(nextLink: string | undefined): string | null {
  if (!nextLink) return null;
  return new URL(nextLink).searchParams.get("$skiptoken");
}
