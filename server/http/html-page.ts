import { randomBytes } from "node:crypto";
import type { Response } from "restify";

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Answers a small HTML page (popup endings, local sign-in) whose one inline script is allowed by a CSP nonce. */
export function sendHtmlPage(res: Response, status: number, page: { title: string; message: string; script?: string }): void {
  const nonce = randomBytes(16).toString("base64");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(page.title)}</title>
<style nonce="${nonce}">body{font-family:"Segoe UI",system-ui,sans-serif;margin:3rem auto;max-width:32rem;padding:0 1rem;color:#242424}h1{font-size:1.25rem;font-weight:600}</style></head>
<body><h1>${escape(page.title)}</h1><p role="status">${escape(page.message)}</p>${page.script ? `<script nonce="${nonce}">${page.script}</script>` : ""}</body></html>`;
  res.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Security-Policy": `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  });
  res.end(html);
}

/** A JSON value as a JavaScript literal that is safe inside a <script> element. */
export function jsLiteral(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
