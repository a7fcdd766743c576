import { useCallback, useEffect, useState, type DependencyList } from "react";

/** Loading, loaded or failed, with the last data kept while reloading. */
export interface Resource<T> {
  status: "loading" | "ready" | "error";
  data: T | undefined;
  error: unknown;
  reload: () => void;
  /** Replaces the data with what a mutation answered, without another round trip. */
  setData: (data: T) => void;
}

/** Loads data for a screen; a change of `deps` or unmount aborts the call in flight. */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Resource<T> {
  const [state, setState] = useState<Omit<Resource<T>, "reload" | "setData">>({ status: "loading", data: undefined, error: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((prev) => ({ ...prev, status: "loading", error: null }));
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ status: "ready", data, error: null }),
      (error: unknown) => !controller.signal.aborted && setState((prev) => ({ ...prev, status: "error", error })),
    );
    return () => controller.abort();
    // `load` is a fresh closure every render; the caller's `deps` say when it really changed.
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const setData = useCallback((data: T) => setState({ status: "ready", data, error: null }), []);
  return { ...state, reload, setData };
}
