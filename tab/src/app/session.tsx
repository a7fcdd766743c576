import { createContext, useContext, type ReactNode } from "react";
import type { MeResponse } from "../../../contract/index.js";
import type { ApiClient } from "../api/index.js";
import type { Host } from "../host/index.js";

/** What every signed-in screen needs: the host, the typed API client and who is signed in. */
export interface Session {
  host: Host;
  api: ApiClient;
  me: MeResponse;
}

const SessionContext = createContext<Session | null>(null);

/** Makes the session available to the screens below. */
export function SessionProvider(props: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={props.session}>{props.children}</SessionContext.Provider>;
}

/** The current session; only valid under a SessionProvider. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession must be used inside a SessionProvider.");
  return session;
}

/** Admins and operators act; viewers only look. */
export function useCanAct(): boolean {
  return useSession().me.role !== "viewer";
}
