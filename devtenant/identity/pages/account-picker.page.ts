import { escapeHtml, renderLayout } from './html.js';

/** One account button on the picker. */
export type PickerAccount = { value: string; displayName: string; userPrincipalName: string; role: string };

/** Accounts of one organisation. */
export type PickerGroup = { displayName: string; domain: string; accounts: PickerAccount[] };

function initials(name: string): string {
  return name.split(/\s+/).map((w) => w[0] ?? '').join('').slice(0, 2).toUpperCase();
}

function accountButton(a: PickerAccount): string {
  return `<button type="submit" class="account" name="account" value="${escapeHtml(a.value)}" data-upn="${escapeHtml(a.userPrincipalName)}">
<span class="avatar" aria-hidden="true">${escapeHtml(initials(a.displayName))}</span>
<span class="who"><strong>${escapeHtml(a.displayName)}</strong><small>${escapeHtml(a.userPrincipalName)}</small><span class="role">${escapeHtml(a.role)}</span></span>
</button>`;
}

/** "Pick an account": one submit button per account, grouped by organisation, posting the page id back. */
export function renderAccountPicker(input: { action: string; pageId: string; appName: string; groups: PickerGroup[] }): string {
  const groups = input.groups
    .map((g) => `<section aria-label="${escapeHtml(g.displayName)}"><h2>${escapeHtml(g.displayName)} <small class="muted">${escapeHtml(g.domain)}</small></h2>
${g.accounts.map(accountButton).join('\n')}</section>`)
    .join('\n');
  return renderLayout(
    'Sign in to your account',
    `<h1>Pick an account</h1>
<p class="muted">to continue to ${escapeHtml(input.appName)}</p>
<form method="post" action="${escapeHtml(input.action)}">
<input type="hidden" name="page" value="${escapeHtml(input.pageId)}">
${groups}
</form>`,
  );
}
