import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { signIn, staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";
import { concretePath, mountedRoutes } from "./support/route-table.js";

const foreignOrigin = "https://evil.example";
/** Hosts that may frame the tab: Teams, Outlook and the Microsoft 365 app. A `*.` wildcard is allowed only below these. */
const microsoftHosts = /^https:\/\/(\*\.)?(teams\.microsoft\.com|office\.com|cloud\.microsoft|microsoft365\.com)$/;

/** The CSP as directive → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name!.toLowerCase(), sources]));
}

describe("Security headers: a CSP that lets Teams (only) frame the tab, no wildcard sources, CORS closed", function () {
  this.timeout(30_000);
  let product: TestProduct;
  let token: string;

  before(async () => {
    product = await startProduct();
    token = await signIn(product.url, staffUpns.viewer);
  });
  after(() => product?.close());

  const tabFiles = (): string[] => ["/", "/index.html", "/consent-done.html", ...readdirSync(path.join(product.config.tabDirectory, "assets")).slice(0, 3).map((f) => `/assets/${f}`)];

  it("every tab file carries the CSP: framed by Teams/Office hosts only, no '*', no scheme-only source, no unsafe-eval", async () => {
    for (const file of tabFiles()) {
      const response = await fetch(`${product.url}${file}`);
      await response.arrayBuffer();
      assert.equal(response.status, 200, file);
      const csp = directives(response.headers.get("content-security-policy") ?? "");
      const ancestors = csp.get("frame-ancestors") ?? [];
      assert.ok(ancestors.includes("https://teams.microsoft.com"), `${file}: Teams may frame the tab (${ancestors.join(" ")})`);
      for (const source of ancestors) assert.ok(source === "'self'" || microsoftHosts.test(source), `${file}: frame-ancestors ${source}`);
      for (const [name, sources] of csp) {
        for (const source of sources) {
          assert.notEqual(source, "*", `${file}: ${name} allows *`);
          const schemeOnly = /^(https?|wss?|data|blob):$/i.test(source);
          assert.ok(!schemeOnly || (name === "img-src" && source === "data:"), `${file}: ${name} allows the whole scheme ${source}`);
          assert.notEqual(source, "'unsafe-eval'", `${file}: ${name}`);
        }
      }
      assert.ok(!(csp.get("script-src") ?? []).includes("'unsafe-inline'"), `${file}: inline scripts`);
      assert.equal(response.headers.get("x-content-type-options"), "nosniff", file);
    }
  });

  it("the sign-in and consent pages have their own strict CSP and cannot be framed", async () => {
    const page = await fetch(`${product.url}/auth/consent/start?state=not-a-state`);
    assert.equal(page.status, 400);
    const csp = directives(page.headers.get("content-security-policy") ?? "");
    assert.deepEqual(csp.get("default-src"), ["'none'"]);
    assert.deepEqual(csp.get("frame-ancestors"), ["'none'"], "a popup page is never inside a frame");
    assert.equal(page.headers.get("cache-control"), "no-store");
  });

  it("API answers are not cached", async () => {
    const response = await fetch(`${product.url}/api/customers`, { headers: { authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    assert.equal(response.headers.get("cache-control"), "no-store");
  });

  it("no route answers a foreign Origin with CORS headers, with or without a token", async () => {
    for (const route of mountedRoutes()) {
      const response = await fetch(`${product.url}${concretePath(route)}`, {
        method: route.method,
        redirect: "manual",
        headers: { origin: foreignOrigin, authorization: `Bearer ${token}`, ...(route.method === "GET" ? {} : { "content-type": "application/json" }) },
        ...(route.method === "GET" ? {} : { body: "{}" }),
      });
      await response.arrayBuffer();
      const cors = [...response.headers.keys()].filter((h) => h.startsWith("access-control-"));
      assert.deepEqual(cors, [], `${route.key} answered ${cors.join(", ")}`);
    }
  });

  it("refuses every CORS preflight (no 2xx, no Access-Control-Allow-*)", async () => {
    for (const route of mountedRoutes()) {
      const response = await fetch(`${product.url}${concretePath(route)}`, {
        method: "OPTIONS",
        headers: { origin: foreignOrigin, "access-control-request-method": route.method === "GET" ? "PUT" : route.method, "access-control-request-headers": "authorization, content-type" },
      });
      await response.arrayBuffer();
      assert.ok(response.status >= 400, `${route.key}: preflight answered ${response.status}`);
      const cors = [...response.headers.keys()].filter((h) => h.startsWith("access-control-allow"));
      assert.deepEqual(cors, [], `${route.key} preflight answered ${cors.join(", ")}`);
    }
  });
});
