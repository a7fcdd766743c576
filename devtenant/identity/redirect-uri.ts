import { APP_REGISTRATION } from '../seed/app-registration.js';

/**
 * Whether a redirect URI is registered: any loopback port (tests use random ports) on localhost or
 * 127.0.0.1, plain http, with one of the app's callback paths, no fragment.
 */
export function isRegisteredRedirectUri(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  const paths: readonly string[] = APP_REGISTRATION.redirectPaths;
  return url.protocol === 'http:' && loopback && paths.includes(url.pathname) && url.hash === '' && url.username === '';
}

/** The redirect URI with extra query parameters appended (response_mode=query). */
export function withQuery(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}
