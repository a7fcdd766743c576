import { generateKeyPair, SignJWT, type JWK } from "jose";
import { localDefaults } from "../../../../server/config/local-defaults.js";
import { devtenantAdmin } from "../../../support/devtenant-admin.js";
import { signIn, staffUpns } from "../../../support/sign-in.js";

/** An Authorization header (or none) that the API must refuse, and the status it must refuse it with. */
export interface BadCredential {
  what: string;
  status: 401 | 403;
  authorization: string | null;
}

const mspA = localDefaults.mspTenantIds[0];
const unknownMsp = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const now = (): number => Math.floor(Date.now() / 1000);
const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString("base64url");

/** The claims of a good MSP A admin token from devtenant; each bad credential changes one thing. */
export function staffClaims(devtenantUrl: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    iss: `${devtenantUrl}/${mspA}/v2.0`,
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
  };
}

/** A good token (the control case): devtenant-signed, our audience, MSP A, admin role. */
export async function goodToken(devtenantUrl: string, overrides: Record<string, unknown> = {}): Promise<string> {
  return (await devtenantAdmin(devtenantUrl).mint(staffClaims(devtenantUrl, overrides))).token;
}

/** Every kind of credential the staff API must refuse: 401 for a token we cannot trust, 403 for a trusted one that may not. */
export async function badCredentials(devtenantUrl: string, serverUrl: string): Promise<BadCredential[]> {
  const mint = (overrides: Record<string, unknown>) => goodToken(devtenantUrl, overrides);
  const bearer = (token: string) => `Bearer ${token}`;
  const jwks = (await (await fetch(`${devtenantUrl}/common/discovery/v2.0/keys`)).json()) as { keys: JWK[] };
  const realKid = jwks.keys[0]?.kid ?? "missing";
  const foreign = (await generateKeyPair("RS256")).privateKey;
  const claims = staffClaims(devtenantUrl);
  return [
    { what: "no token", status: 401, authorization: null },
    { what: "an empty bearer", status: 401, authorization: "Bearer " },
    { what: "a malformed token", status: 401, authorization: bearer("not.a.jwt") },
    { what: "another scheme (Basic)", status: 401, authorization: `Basic ${Buffer.from("ada:password").toString("base64")}` },
    { what: "an expired token", status: 401, authorization: bearer(await mint({ exp: now() - 600 })) },
    { what: "a token not yet valid (nbf in the future)", status: 401, authorization: bearer(await mint({ nbf: now() + 600 })) },
    { what: "a token for another audience", status: 401, authorization: bearer(await mint({ aud: "https://graph.microsoft.com" })) },
    { what: "a token from another issuer", status: 401, authorization: bearer(await mint({ iss: `https://login.example.com/${mspA}/v2.0` })) },
    { what: "a token whose issuer is another tenant than its tid", status: 401, authorization: bearer(await mint({ iss: `${devtenantUrl}/${localDefaults.mspTenantIds[1]}/v2.0` })) },
    { what: "a token without an oid", status: 401, authorization: bearer(await mint({ oid: undefined })) },
    { what: "a token signed by a key not in the JWKS", status: 401, authorization: bearer(await new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "foreign" }).sign(foreign)) },
    { what: "a foreign key's signature under the JWKS key's kid", status: 401, authorization: bearer(await new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: realKid }).sign(foreign)) },
    { what: "an unsigned token (alg none)", status: 401, authorization: bearer(`${b64({ alg: "none", typ: "JWT" })}.${b64(claims)}.`) },
    {
      what: "HS256 keyed with the public JWK (algorithm confusion)",
      status: 401,
      authorization: bearer(await new SignJWT(claims).setProtectedHeader({ alg: "HS256", kid: realKid }).sign(new TextEncoder().encode(JSON.stringify(jwks.keys[0])))),
    },
    { what: "a token of an MSP tenant we do not serve", status: 403, authorization: bearer(await mint({ tid: unknownMsp, iss: `${devtenantUrl}/${unknownMsp}/v2.0` })) },
    { what: "a token with no Backup365 role", status: 403, authorization: bearer(await mint({ roles: [] })) },
    { what: "a real sign-in of a staff member with no role", status: 403, authorization: bearer(await signIn(serverUrl, staffUpns.noRole)) },
  ];
}
