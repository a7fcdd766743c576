import { randomBytes } from "node:crypto";
import type { Request, Response, Server } from "restify";
import { authRoutes, type AuthConfigResponse } from "../../contract/index.js";
import { isAppError } from "../../service/index.js";
import type { AppServices } from "../compose.js";
import { cookie, readCookie } from "../http/cookies.js";
import { jsLiteral, sendHtmlPage } from "../http/html-page.js";
import { sendError } from "../http/send-error.js";

const stateCookie = "b365_signin";

/**
 * Sign-in. In Teams the tab uses SSO (getAuthToken). In local mode a plain browser signs staff in with the
 * authorization-code flow against devtenant and keeps the resulting access token in sessionStorage.
 */
export function registerSignInRoutes(server: Server, services: AppServices): void {
  const { config, staffSignIn, log } = services;
  const local = config.mode === "local";

  server.get(authRoutes.config, async (_req: Request, res: Response) => {
    const body: AuthConfigResponse = { mode: config.mode, clientId: config.clientId, signInUrl: local ? authRoutes.signInStart : null };
    res.send(200, body);
  });
  if (!local) return;

  server.get(authRoutes.signInStart, async (_req: Request, res: Response) => {
    try {
      const state = randomBytes(24).toString("base64url");
      const url = await staffSignIn.buildSignInUrl(state);
      res.setHeader("Set-Cookie", cookie(stateCookie, state, { path: "/auth/signin", maxAgeSeconds: 600, secure: false }));
      res.redirect(302, url, () => undefined);
    } catch (error) {
      sendError(res, error, log);
    }
  });

  server.get(authRoutes.signInCallback, async (req: Request, res: Response) => {
    const q = (req.query ?? {}) as Record<string, string | undefined>;
    const expected = readCookie(req.header("cookie"), stateCookie);
    if (!q.state || !expected || q.state !== expected) {
      return sendHtmlPage(res, 400, { title: "Sign-in failed", message: "This sign-in link is not valid any more. Go back and sign in again." });
    }
    if (q.error || !q.code) {
      return sendHtmlPage(res, 400, { title: "Sign-in cancelled", message: "You did not finish signing in. Go back and sign in again." });
    }
    try {
      const { accessToken } = await staffSignIn.redeemSignInCode(q.code);
      res.setHeader("Set-Cookie", cookie(stateCookie, "", { path: "/auth/signin", maxAgeSeconds: 0, secure: false }));
      sendHtmlPage(res, 200, {
        title: "Signed in",
        message: "Signed in. Opening Backup365…",
        script: `sessionStorage.setItem("b365.token", ${jsLiteral(accessToken)}); location.replace("/");`,
      });
    } catch (error) {
      if (!isAppError(error)) return sendError(res, error, log);
      sendHtmlPage(res, error.status, { title: "Sign-in failed", message: error.userMessage });
    }
  });
}
