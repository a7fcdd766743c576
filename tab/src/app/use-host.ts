import { useEffect, useState } from "react";
import { detectHost, type Host, type HostTheme } from "../host/index.js";
import { readColorScheme } from "../host/color-scheme.js";

/** The detected host (undefined while Teams is being asked). */
export function useHost(): Host | undefined {
  const [host, setHost] = useState<Host>();
  useEffect(() => {
    let live = true;
    void detectHost().then((found) => live && setHost(found));
    return () => {
      live = false;
    };
  }, []);
  return host;
}

/** The host's theme, following its changes; the browser's preference until the host is known. */
export function useHostTheme(host: Host | undefined): HostTheme {
  const [theme, setTheme] = useState<HostTheme>(() => host?.theme ?? readColorScheme());
  useEffect(() => {
    if (!host) return;
    setTheme(host.theme);
    return host.onThemeChange(setTheme);
  }, [host]);
  return theme;
}
