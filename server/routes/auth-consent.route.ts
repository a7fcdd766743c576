import type { Request, Response, Server } from "restify";
import { authRoutes, type ConsentOutcome } from "../../contract/index.js";
import { beginConsent, completeConsent, isAppError } from "../../service/index.js";
import type { AppServices } from "../compose.js";
import { cookie, readCookie } from "../http/cookies.js";
import { jsLiteral, sendHtmlPage } from "../http/html-page.js";
import { sendError } from "../http/send-error.js";

const bindingCookie = "b365_consent";

/** The Authorise popup: /auth/consent/start sends the browser to Microsoft; the callback records the outcome. */
export function registerConsentRoutes(server: Server, services: AppServices): void {
  const { deps, config, log } = services;
  const secure = config.publicBaseUrl.startsWith("https://");

  server.get(authRoutes.consentStart, async (req: Request, res: Response) => {
    try {
      const { authorizeUrl, browserBinding } = await beginConsent(deps, String(req.query?.state ?? ""));
      res.setHeader("Set-Cookie", cookie(bindingCookie, browserBinding, { path: "/auth/consent", maxAgeSeconds: config.consentTtlSeconds, secure }));
      res.redirect(302, authorizeUrl, () => undefined);
    } catch (error) {
      if (!isAppError(error)) return sendError(res, error, log);
      reportToTab(res, error.status, { type: "b365.consent", customerId: "", ok: false, code: error.code, message: error.userMessage });
    }
  });

  server.get(authRoutes.consentCallback, async (req: Request, res: Response) => {
    const q = (req.query ?? {}) as Record<string, string | undefined>;
    try {
      const result = await completeConsent(deps, {
        stateToken: String(q.state ?? ""),
        browserBinding: readCookie(req.header("cookie"), bindingCookie),
        code: q.code,
        error: q.error,
        errorSubcode: q.error_subcode,
        errorDescription: q.error_description,
      });
      res.setHeader("Set-Cookie", cookie(bindingCookie, "", { path: "/auth/consent", maxAgeSeconds: 0, secure }));
      reportToTab(res, 200, { type: "b365.consent", ...result });
    } catch (error) {
      if (!isAppError(error)) return sendError(res, error, log);
      reportToTab(res, error.status, { type: "b365.consent", customerId: "", ok: false, code: error.code, message: error.userMessage });
    }
  });
}

/** Ends the popup on the tab's consent-done page, which tells the tab (Teams notifySuccess or postMessage). */
function reportToTab(res: Response, status: number, outcome: ConsentOutcome): void {
  const fragment = Buffer.from(JSON.stringify(outcome)).toString("base64url");
  sendHtmlPage(res, status, {
    title: outcome.ok ? "Authorised" : "Not authorised",
    message: outcome.message,
    script: `location.replace(${jsLiteral(`/consent-done.html#outcome=${fragment}`)});`,
  });
}
