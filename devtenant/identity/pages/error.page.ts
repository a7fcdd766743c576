import { escapeHtml, renderLayout } from './html.js';

/** What an error page shows. */
export type ErrorPageInput = { aadsts: number; message: string; requestId: string; clientRequestId: string };

/** Entra's "Sorry, but we're having trouble signing you in." page with the AADSTS code. */
export function renderErrorPage(input: ErrorPageInput): string {
  return renderLayout(
    'Sign in to your account',
    `<h1>Sorry, but we’re having trouble signing you in.</h1>
<p id="error-message" role="alert">AADSTS${input.aadsts}: ${escapeHtml(input.message)}</p>
<div class="error-code">
<div>Request Id: ${escapeHtml(input.requestId)}</div>
<div>Correlation Id: ${escapeHtml(input.clientRequestId)}</div>
<div>Timestamp: ${new Date().toISOString()}</div>
<div>Message: AADSTS${input.aadsts}</div>
</div>`,
  );
}
