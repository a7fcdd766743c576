import assert from "node:assert/strict";
import { buildMimeMessage } from "../../../../../service/notify/email/mime-message.js";
import { duration, reportContent } from "../../../../../service/notify/email/report-content.js";
import { renderReportHtml, renderReportText } from "../../../../../service/notify/email/render-report.js";
import type { Job } from "../../../../../service/domain/job.js";

const decode = (mime: string, type: string): string => {
  const part = mime.split(/\r\n--b1/).find((p) => p.includes(`Content-Type: ${type}`))!;
  return Buffer.from(part.split("\r\n\r\n")[1]!.replace(/\r\n/g, ""), "base64").toString("utf8");
};

describe("buildMimeMessage", () => {
  it("is multipart/alternative with the plain text first and the HTML last, UTF-8 in base64, lines within 78", () => {
    const mime = buildMimeMessage({ from: "ops@msp.example", to: ["a@x.example", "b@x.example"], subject: "Fortschritt · Zürich", html: "<p>Grüße</p>", text: "Grüße" }, { boundary: "b1" });
    assert.match(mime, /^From: ops@msp\.example\r\nTo: a@x\.example, b@x\.example\r\nSubject: =\?UTF-8\?B\?/);
    assert.match(mime, /Content-Type: multipart\/alternative; boundary="b1"/);
    assert.ok(mime.indexOf("text/plain") < mime.indexOf("text/html"));
    assert.equal(decode(mime, "text/plain"), "Grüße");
    assert.equal(decode(mime, "text/html"), "<p>Grüße</p>");
    assert.ok(mime.split("\r\n").every((line) => line.length <= 78), "RFC 5322 line length");
    assert.ok(mime.trimEnd().endsWith("--b1--"));
  });
});

describe("reportContent and its renderings", () => {
  const job = {
    id: "j", customerId: "c", kind: "provisionSites", status: "doneWithErrors", requestedBy: "Oscar Operator", requestedAt: "2026-12-01T09:00:00Z",
    finishedAt: "2026-12-01T11:05:00Z", counts: { total: 12, protected: 10, pending: 0, failed: 2 }, pausedReason: null,
    workloads: { sharePoint: { total: 5, protected: 4, pending: 0, failed: 1 }, oneDriveForBusiness: { total: 7, protected: 6, pending: 0, failed: 1 } },
    failures: [{ userId: "s1", displayName: "Finance <1>", message: "SiteNotFound", workload: "sharePoint" }, { userId: "u1", displayName: "Megan", message: "DriveNotFound", workload: "oneDriveForBusiness" }],
  } as unknown as Job;

  it("says what completed with errors, with the totals, the time taken and each failure, HTML-escaped", () => {
    const content = reportContent("completed", job, "Wingtip & Co", "http://localhost:3978/#/customers/c/sharepoint");
    assert.equal(content.subject, "Backup365 · Wingtip & Co · SharePoint / OneDrive: Provisioning complete, with errors");
    const html = renderReportHtml(content);
    assert.match(html, /SharePoint sites found<\/td><td[^>]*>5</);
    assert.match(html, /OneDrive drives found<\/td><td[^>]*>7</);
    assert.match(html, /Time taken<\/td><td[^>]*>2 h 5 min</);
    assert.match(html, /Finance &lt;1&gt;/);
    assert.match(html, /Wingtip &amp; Co/);
    assert.doesNotMatch(html, /<script|<style|class=/, "inline styles only, for Outlook");
    const text = renderReportText(content);
    assert.match(text, /- Megan \(OneDrive\): DriveNotFound/);
    assert.match(text, /Open in Backup365: http:\/\/localhost:3978/);
  });

  it("formats durations", () => {
    assert.deepEqual([duration(45_000), duration(200_000), duration(7_500_000)], ["45 s", "3 min 20 s", "2 h 5 min"]);
  });
});
