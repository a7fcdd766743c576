import type { HostTheme } from "./host.js";

const darkQuery = "(prefers-color-scheme: dark)";
const contrastQuery = "(forced-colors: active)";

/** The browser's preferred theme: forced colours win, then the dark/light preference. */
export function readColorScheme(): HostTheme {
  if (window.matchMedia(contrastQuery).matches) return "contrast";
  return window.matchMedia(darkQuery).matches ? "dark" : "light";
}

/** Calls `cb` whenever the OS or browser theme changes; returns an unsubscribe function. */
export function watchColorScheme(cb: (theme: HostTheme) => void): () => void {
  const queries = [window.matchMedia(darkQuery), window.matchMedia(contrastQuery)];
  const onChange = () => cb(readColorScheme());
  for (const query of queries) query.addEventListener("change", onChange);
  return () => {
    for (const query of queries) query.removeEventListener("change", onChange);
  };
}
