import { htmlReply, redirectReply } from '../http/reply.js';
import type { Route } from '../http/route.js';
import { renderLayout } from './pages/html.js';

function isLoopbackHttp(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
  } catch {
    return false;
  }
}

/** end_session_endpoint: back to a loopback post_logout_redirect_uri, else a "signed out" page. */
export const logoutRoutes: Route[] = [
  {
    method: 'GET',
    path: '/:tenant/oauth2/v2.0/logout',
    style: 'page',
    handle: ({ query }) => {
      const target = query.get('post_logout_redirect_uri');
      if (target && isLoopbackHttp(target)) return redirectReply(target);
      return htmlReply(200, renderLayout('Signed out', '<h1>You signed out of your account</h1><p class="muted">It’s a good idea to close all browser windows.</p>'));
    },
  },
];
