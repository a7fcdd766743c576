import { useCallback, useEffect, useState } from "react";
import { ApiError, createApiClient, isApiError } from "../api/index.js";
import type { Host } from "../host/index.js";
import { restoreReturnHash } from "../screens/sign-in/return-hash.js";
import type { Session } from "./session.js";

/** Shown on the sign-in screen after the server refused the token. */
export const sessionEndedNotice = "Your session has ended, sign in again.";

/** Where start-up stands: signing in, waiting for the staff member to sign in, failed, or ready. */
export type BootState =
  | { step: "starting" }
  | { step: "signed-out"; notice?: string }
  | { step: "failed"; error: unknown }
  | { step: "ready"; session: Session };

/** Gets a token, builds the API client and reads who is signed in; any 401 later returns here. */
export function useBoot(host: Host): { state: BootState; retry: () => void } {
  const [state, setState] = useState<BootState>({ step: "starting" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const show = (next: BootState) => live && setState(next);
    const onUnauthorized = () => {
      host.forgetToken();
      show(host.kind === "browser" ? { step: "signed-out", notice: sessionEndedNotice } : { step: "failed", error: new ApiError(401, "AUTH.SESSION_ENDED", "Your session has ended. Try again to sign in.") });
    };

    setState({ step: "starting" });
    void (async () => {
      let token: string | null;
      try {
        token = await host.getToken();
      } catch (error) {
        show({ step: "failed", error: new Error(`Teams could not sign you in (${error instanceof Error ? error.message : String(error)}). Try again.`) });
        return;
      }
      if (!token) return show({ step: "signed-out" });
      const api = createApiClient(() => host.getToken(), { onUnauthorized });
      try {
        const me = await api.me();
        if (live) restoreReturnHash();
        show({ step: "ready", session: { host, api, me } });
      } catch (error) {
        if (!(isApiError(error) && error.status === 401)) show({ step: "failed", error });
      }
    })();
    return () => {
      live = false;
    };
  }, [host, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
