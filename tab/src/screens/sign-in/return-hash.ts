const key = "b365.returnHash";

/** Remembers the screen the staff member was on, so sign-in brings them back to it. */
export function rememberReturnHash(): void {
  try {
    if (window.location.hash.length > 2) sessionStorage.setItem(key, window.location.hash);
  } catch {
    // Without storage they land on the customer list; no harm.
  }
}

/** After sign-in, goes back to the remembered screen once (if the URL does not name one). */
export function restoreReturnHash(): void {
  try {
    const hash = sessionStorage.getItem(key);
    sessionStorage.removeItem(key);
    if (hash && window.location.hash.length <= 2) window.location.replace(hash);
  } catch {
    // Nothing remembered.
  }
}
