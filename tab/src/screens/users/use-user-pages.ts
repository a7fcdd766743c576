import { useCallback, useEffect, useRef, useState } from "react";
import type { BackupState, TenantUser } from "../../../../contract/index.js";
import { useSession } from "../../app/session.js";

/** Users are read a page of this many at a time. */
export const userPageSize = 100;
/** The most rows one refresh re-reads in place (the server's page limit). */
const maxRefreshSize = 999;

/** The pages read so far for one search. `refreshing`: re-reading in place, the rows stay on screen. */
export interface UserPages {
  users: TenantUser[];
  nextCursor: string | null;
  total: number | null;
  status: "loading" | "loading-more" | "refreshing" | "ready" | "error";
  error: unknown;
}

/** What to list: a server-side search and, optionally, one backup state. */
export interface UserQuery {
  search: string;
  status?: BackupState;
}

type LoadMode = "first" | "more" | "refresh";

const empty: UserPages = { users: [], nextCursor: null, total: null, status: "loading", error: null };

/**
 * Reads the first page whenever the query changes, further pages on loadMore, and re-reads the rows shown
 * (without clearing them) whenever `refreshKey` changes; stale answers are dropped.
 */
export function useUserPages(customerId: string, query: UserQuery, refreshKey = 0) {
  const { api } = useSession();
  const [pages, setPages] = useState<UserPages>(empty);
  const [attempt, setAttempt] = useState(0);
  const controller = useRef<AbortController | null>(null);
  const shown = useRef(0);
  useEffect(() => {
    shown.current = pages.users.length;
  }, [pages.users.length]);
  const { search, status } = query;

  const load = useCallback(
    async (mode: LoadMode, cursor?: string) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      const pageSize = mode === "refresh" ? Math.min(Math.max(shown.current, userPageSize), maxRefreshSize) : userPageSize;
      setPages((prev) => (mode === "first" ? { ...empty, status: "loading" } : { ...prev, status: mode === "more" ? "loading-more" : "refreshing", error: null }));
      try {
        const page = await api.listUsers(customerId, { search, status, cursor, pageSize, signal: current.signal });
        if (current.signal.aborted) return;
        setPages((prev) => ({
          users: mode === "more" ? [...prev.users, ...page.users] : page.users,
          nextCursor: page.nextCursor,
          total: page.total,
          status: "ready",
          error: null,
        }));
      } catch (error) {
        if (!current.signal.aborted) setPages((prev) => ({ ...prev, status: "error", error }));
      }
    },
    [api, customerId, search, status],
  );

  useEffect(() => {
    void load("first");
    return () => controller.current?.abort();
  }, [load, attempt]);

  const lastRefresh = useRef(refreshKey);
  useEffect(() => {
    if (lastRefresh.current === refreshKey) return;
    lastRefresh.current = refreshKey;
    void load("refresh");
  }, [load, refreshKey]);

  const busy = pages.status === "loading" || pages.status === "loading-more" || pages.status === "refreshing";
  const loadMore = useCallback(() => {
    if (pages.nextCursor && !busy) void load("more", pages.nextCursor);
  }, [load, pages.nextCursor, busy]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...pages, loadMore, reload };
}
