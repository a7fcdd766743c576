import { escapeHtml as e } from "./escape-html.js";
import type { ReportContent } from "./report-content.js";

const font = "font-family:Segoe UI,Helvetica,Arial,sans-serif";

/** The report as HTML that Outlook renders well: tables for layout, inline styles, no scripts or external images. */
export function renderReportHtml(c: ReportContent): string {
  const rows = c.rows.map(([k, v]) => `<tr><td style="${font};font-size:14px;color:#424242;padding:6px 12px 6px 0">${e(k)}</td><td style="${font};font-size:14px;color:#242424;font-weight:600;padding:6px 0">${e(v)}</td></tr>`).join("");
  const failures = c.failures.length === 0 ? "" : `
<tr><td style="padding:16px 24px 0 24px"><p style="${font};font-size:16px;font-weight:600;color:#242424;margin:0 0 8px 0">Could not be protected</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="border-collapse:collapse">
<tr><th align="left" style="${font};font-size:12px;color:#616161;padding:4px 8px 4px 0;border-bottom:1px solid #e0e0e0">Item</th><th align="left" style="${font};font-size:12px;color:#616161;padding:4px 8px;border-bottom:1px solid #e0e0e0">Type</th><th align="left" style="${font};font-size:12px;color:#616161;padding:4px 0;border-bottom:1px solid #e0e0e0">Reason</th></tr>
${c.failures.map((f) => `<tr><td style="${font};font-size:13px;color:#242424;padding:6px 8px 6px 0;border-bottom:1px solid #f0f0f0">${e(f.name)}</td><td style="${font};font-size:13px;color:#424242;padding:6px 8px;border-bottom:1px solid #f0f0f0">${e(f.what)}</td><td style="${font};font-size:13px;color:#b10e1c;padding:6px 0;border-bottom:1px solid #f0f0f0">${e(f.message)}</td></tr>`).join("\n")}
</table>${c.moreFailures > 0 ? `<p style="${font};font-size:13px;color:#616161;margin:8px 0 0 0">and ${c.moreFailures} more.</p>` : ""}</td></tr>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${e(c.subject)}</title></head>
<body style="margin:0;padding:0;background:#f5f5f5">
<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="background:#f5f5f5"><tr><td align="center" style="padding:24px 8px">
<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="600" style="max-width:600px;background:#ffffff;border:1px solid #e0e0e0">
<tr><td style="background:#0f6cbd;padding:16px 24px"><p style="${font};font-size:13px;color:#ffffff;margin:0">Backup365 for Teams · SharePoint / OneDrive</p></td></tr>
<tr><td style="padding:24px 24px 0 24px"><h1 style="${font};font-size:22px;font-weight:600;color:#242424;margin:0 0 8px 0">${e(c.headline)}</h1>
<p style="${font};font-size:14px;line-height:20px;color:#424242;margin:0">${e(c.intro)}</p></td></tr>
<tr><td style="padding:16px 24px 0 24px"><table role="presentation" cellpadding="0" cellspacing="0" border="0">${rows}</table></td></tr>${failures}
<tr><td style="padding:24px"><a href="${e(c.link)}" style="${font};font-size:14px;font-weight:600;color:#ffffff;background:#0f6cbd;padding:10px 16px;text-decoration:none;display:inline-block">Open in Backup365</a></td></tr>
</table>
<p style="${font};font-size:12px;color:#616161;margin:12px 0 0 0">You receive this because your address is in this customer's reporting options in Backup365 for Teams.</p>
</td></tr></table></body></html>`;
}

/** The same report as plain text (the multipart/alternative part for clients that do not show HTML). */
export function renderReportText(c: ReportContent): string {
  const width = Math.max(...c.rows.map(([k]) => k.length));
  const lines = [c.headline.toUpperCase(), "", c.intro, "", ...c.rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`)];
  if (c.failures.length > 0) {
    lines.push("", "Could not be protected:", ...c.failures.map((f) => `- ${f.name} (${f.what}): ${f.message}`));
    if (c.moreFailures > 0) lines.push(`- and ${c.moreFailures} more.`);
  }
  lines.push("", `Open in Backup365: ${c.link}`, "", "You receive this because your address is in this customer's reporting options in Backup365 for Teams.");
  return lines.join("\n");
}
