import type { PermissionSeed } from '../../seed/permissions.js';
import { escapeHtml, renderLayout } from './html.js';

/** What the consent page shows. */
export type ConsentPageInput = {
  action: string;
  pageId: string;
  appName: string;
  publisher: string;
  userPrincipalName: string;
  applicationPermissions: readonly PermissionSeed[];
  delegatedPermissions: readonly PermissionSeed[];
};

function list(perms: readonly PermissionSeed[]): string {
  return `<ul class="perms">${perms
    .map((p) => `<li data-permission="${escapeHtml(p.name)}"><strong>${escapeHtml(p.title)}</strong> <small>${escapeHtml(p.name)}: ${escapeHtml(p.description)}</small></li>`)
    .join('')}</ul>`;
}

/** "Permissions requested" with Accept and Cancel, posting the page id and the chosen action. */
export function renderConsentPage(input: ConsentPageInput): string {
  return renderLayout(
    'Permissions requested',
    `<p class="muted">${escapeHtml(input.userPrincipalName)}</p>
<h1>Permissions requested</h1>
<p><strong>${escapeHtml(input.appName)}</strong><br><span class="muted">${escapeHtml(input.publisher)} (publisher)</span></p>
<p>This app would like to:</p>
<h2>Application permissions</h2>
${list(input.applicationPermissions)}
<h2>Delegated permissions</h2>
${list(input.delegatedPermissions)}
<form method="post" action="${escapeHtml(input.action)}">
<input type="hidden" name="page" value="${escapeHtml(input.pageId)}">
<p><label><input type="checkbox" name="consent_on_behalf_of_organisation" value="true" checked> Consent on behalf of your organisation</label></p>
<p class="muted">Accepting these permissions means that you allow this app to use your data as specified in their terms of service and privacy statement. You can change these permissions at https://myapps.microsoft.com.</p>
<div class="actions">
<button type="submit" name="action" value="cancel">Cancel</button>
<button type="submit" class="primary" name="action" value="accept">Accept</button>
</div>
</form>`,
  );
}
