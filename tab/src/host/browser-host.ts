import { readColorScheme, watchColorScheme } from "./color-scheme.js";
import type { Host, HostTheme } from "./host.js";
import { openConsentPopup } from "./open-consent-popup.js";

/** Where the server's local sign-in callback page leaves the token. */
export const tokenStorageKey = "b365.token";

/** The tab in a plain browser: local sign-in token, window.open popup, prefers-color-scheme. */
export function createBrowserHost(): Host {
  let theme: HostTheme = readColorScheme();
  const listeners = new Set<(theme: HostTheme) => void>();
  watchColorScheme((next) => {
    theme = next;
    for (const cb of listeners) cb(next);
  });

  return {
    kind: "browser",
    getToken: async () => readToken(),
    forgetToken: () => {
      try {
        sessionStorage.removeItem(tokenStorageKey);
      } catch {
        // Storage may be off (privacy settings); nothing to forget then.
      }
    },
    authenticate: (url, options = {}) => openConsentPopup(url, options.customerId),
    get theme() {
      return theme;
    },
    onThemeChange: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
}

function readToken(): string | null {
  try {
    const token = sessionStorage.getItem(tokenStorageKey);
    return token && token.trim() ? token.trim() : null;
  } catch {
    return null;
  }
}
