import assert from "node:assert/strict";
import { generateKeyPair, SignJWT } from "jose";
import { localDefaults } from "../../../server/config/local-defaults.js";
import { devtenantAdmin } from "../../support/devtenant-admin.js";
import { apiClient, signIn, staffUpns } from "../../support/sign-in.js";
import { startProduct, type TestProduct } from "../../support/stack.js";

const mspA = localDefaults.mspTenantIds[0];

describe("API authentication and tenant isolation", function () {
  this.timeout(60_000);
  let product: TestProduct;
  let cloud: ReturnType<typeof devtenantAdmin>;

  before(async () => {
    product = await startProduct();
    cloud = devtenantAdmin(product.infra.devtenant.url);
  });
  after(() => product?.close());

  const now = () => Math.floor(Date.now() / 1000);
  const claims = (overrides: Record<string, unknown> = {}) => ({
    iss: `${product.infra.devtenant.url}/${mspA}/v2.0`,
    aud: localDefaults.clientId,
    tid: mspA,
    oid: "00000000-0000-4000-8000-0000000000aa",
    name: "Minted Admin",
    preferred_username: "minted@northwindmsp.onmicrosoft.com",
    roles: ["Backup.Admin"],
    scp: "access_as_user",
    ver: "2.0",
    iat: now() - 60,
    nbf: now() - 60,
    exp: now() + 3600,
    ...overrides,
  });
  const status = async (token: string | null) => (await apiClient(product.url, token).get("/api/customers")).status;

  it("a well-formed devtenant token with our audience and an admin role is accepted (the control case)", async () => {
    assert.equal(await status((await cloud.mint(claims())).token), 200);
  });

  const rejected: Array<[string, () => Promise<string | null>, number]> = [
    ["no token", async () => null, 401],
    ["a malformed token", async () => "not.a.jwt", 401],
    ["an expired token", async () => (await cloud.mint(claims({ exp: now() - 600 }))).token, 401],
    ["a token not yet valid", async () => (await cloud.mint(claims({ nbf: now() + 600 }))).token, 401],
    ["a token for another audience", async () => (await cloud.mint(claims({ aud: "https://graph.microsoft.com" }))).token, 401],
    ["a token from another issuer", async () => (await cloud.mint(claims({ iss: `https://login.example.com/${mspA}/v2.0` }))).token, 401],
    [
      "a token signed by someone else's key",
      async () => {
        const { privateKey } = await generateKeyPair("RS256");
        return new SignJWT(claims()).setProtectedHeader({ alg: "RS256", kid: "foreign" }).sign(privateKey);
      },
      401,
    ],
    [
      "an unsigned token (alg none)",
      async () => `${Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")}.${Buffer.from(JSON.stringify(claims())).toString("base64url")}.`,
      401,
    ],
    [
      "a token of an MSP we do not serve",
      async () => {
        const tid = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
        return (await cloud.mint(claims({ tid, iss: `${product.infra.devtenant.url}/${tid}/v2.0` }))).token;
      },
      403,
    ],
    ["a staff member with no Backup365 role", () => signIn(product.url, staffUpns.noRole), 403],
  ];
  for (const [what, token, expected] of rejected) {
    it(`answers ${expected} for ${what}`, async () => {
      const response = await apiClient(product.url, await token()).get("/api/me");
      assert.equal(response.status, expected);
      assert.ok(response.body.error.code && response.body.error.message, "with a code and a reason");
    });
  }

  it("staff of another MSP see only their own customers; ours are 404 to them", async () => {
    const other = apiClient(product.url, await signIn(product.url, staffUpns.otherMspAdmin));
    const list = await other.get("/api/customers");
    assert.deepEqual(list.body.customers.map((c: { id: string }) => c.id), ["adventure-works"]);
    assert.equal((await other.get("/api/customers/tailspin-toys")).status, 404);
    assert.equal((await other.put("/api/customers/wingtip-toys/tenant", { tenant: "wingtiptoys.onmicrosoft.com" })).status, 404);
    assert.equal((await other.post("/api/customers/tailspin-toys/consent")).status, 404);
  });

  it("serves the tab with a CSP that lets Teams frame it and no wildcard host", async () => {
    const response = await fetch(`${product.url}/`);
    assert.equal(response.status, 200);
    const csp = response.headers.get("content-security-policy") ?? "";
    assert.match(csp, /frame-ancestors [^;]*https:\/\/teams\.microsoft\.com/);
    assert.doesNotMatch(csp, /frame-ancestors[^;]* \*( |;|$)/);
    assert.equal(response.headers.get("x-content-type-options"), "nosniff");
  });
});
