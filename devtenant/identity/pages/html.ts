/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;font-family:"Segoe UI","Segoe UI Web",Tahoma,Arial,sans-serif;background:#f2f2f2;color:#1b1b1b}
main{max-width:440px;margin:48px auto;background:#fff;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.logo{display:grid;grid-template-columns:10px 10px;gap:2px;margin-bottom:16px}.logo span{width:10px;height:10px;display:block}
.logo span:nth-child(1){background:#f25022}.logo span:nth-child(2){background:#7fba00}.logo span:nth-child(3){background:#00a4ef}.logo span:nth-child(4){background:#ffb900}
.brand{font-size:15px;color:#5e5e5e;display:flex;align-items:center;gap:8px;margin-bottom:12px}
h1{font-size:24px;font-weight:600;margin:0 0 16px}h2{font-size:15px;font-weight:600;margin:20px 0 6px;color:#5e5e5e}
.account{display:flex;width:100%;text-align:left;align-items:center;gap:12px;padding:12px;border:0;border-bottom:1px solid #e6e6e6;background:#fff;cursor:pointer;font:inherit}
.account:hover,.account:focus{background:#f2f2f2}.avatar{width:40px;height:40px;border-radius:50%;background:#0067b8;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:600;flex:none}
.who{display:flex;flex-direction:column}.who small{color:#5e5e5e}.role{font-size:12px;color:#0067b8}
ul.perms{padding:0;list-style:none;margin:8px 0}ul.perms li{padding:6px 0;border-bottom:1px solid #f0f0f0}ul.perms small{display:block;color:#5e5e5e}
.actions{display:flex;justify-content:flex-end;gap:8px;margin-top:24px}
.actions button{min-width:108px;padding:6px 12px;font:inherit;border:1px solid #8a8a8a;background:#ccc;cursor:pointer}
.actions button.primary{background:#0067b8;color:#fff;border-color:#0067b8}
.muted{color:#5e5e5e;font-size:13px}.error-code{font-family:Consolas,monospace;font-size:13px;background:#f8f8f8;padding:12px;word-break:break-word}
`;

/** The Microsoft-like page shell: inline CSS, no scripts, no external assets. */
export function renderLayout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>
<div class="brand"><div class="logo" aria-hidden="true"><span></span><span></span><span></span><span></span></div>Microsoft (devtenant)</div>
${body}
</main></body></html>`;
}
