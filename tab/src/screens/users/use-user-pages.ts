import { useCallback, useEffect, useRef, useState } from "react";
import type { TenantUser } from "../../../../contract/index.js";
import { useSession } from "../../app/session.js";

/** Users are read a page of this many at a time. */
export const userPageSize = 100;

/** The pages read so far for one search. */
export interface UserPages {
  users: TenantUser[];
  nextCursor: string | null;
  total: number | null;
  status: "loading" | "loading-more" | "ready" | "error";
  error: unknown;
}

const empty: UserPages = { users: [], nextCursor: null, total: null, status: "loading", error: null };

/** Reads the first page whenever `search` changes, and further pages on loadMore; stale answers are dropped. */
export function useUserPages(customerId: string, search: string) {
  const { api } = useSession();
  const [pages, setPages] = useState<UserPages>(empty);
  const [attempt, setAttempt] = useState(0);
  const controller = useRef<AbortController | null>(null);

  const load = useCallback(
    async (cursor: string | undefined) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setPages((prev) => (cursor ? { ...prev, status: "loading-more", error: null } : { ...empty, status: "loading" }));
      try {
        const page = await api.listUsers(customerId, { search, cursor, pageSize: userPageSize, signal: current.signal });
        if (current.signal.aborted) return;
        setPages((prev) => ({
          users: cursor ? [...prev.users, ...page.users] : page.users,
          nextCursor: page.nextCursor,
          total: page.total,
          status: "ready",
          error: null,
        }));
      } catch (error) {
        if (!current.signal.aborted) setPages((prev) => ({ ...prev, status: "error", error }));
      }
    },
    [api, customerId, search],
  );

  useEffect(() => {
    void load(undefined);
    return () => controller.current?.abort();
  }, [load, attempt]);

  const loadMore = useCallback(() => {
    if (pages.nextCursor && pages.status !== "loading" && pages.status !== "loading-more") void load(pages.nextCursor);
  }, [load, pages.nextCursor, pages.status]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...pages, loadMore, reload };
}
