import type { DevTenantApp } from '../app-context.js';
import { PageError } from '../http/page-error.js';
import type { PageSession } from '../state/sign-in-records.js';

/** The server-side state behind a posted page id, or the "session expired" error page. */
export function loadPageSession(app: DevTenantApp, form: URLSearchParams): { pageId: string; session: PageSession } {
  const pageId = form.get('page') ?? '';
  const session = app.state.pages.get(pageId);
  if (!session) throw new PageError(400, 90014, 'Your sign-in page has expired or is unknown. Start the sign-in from the app again.');
  return { pageId, session };
}
