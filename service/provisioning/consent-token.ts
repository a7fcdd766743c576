import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { AppError } from "../domain/app-error.js";

/** Signs consent-attempt ids so the `state` that travels through Microsoft cannot be forged or altered. */
export interface ConsentTokens {
  newId(): string;
  sign(id: string): string;
  /** The attempt id inside a token; throws CONSENT.STATE_INVALID (400) if it was tampered with. */
  verify(token: string): string;
}

/** HMAC-SHA256 over the attempt id with a server secret. */
export function createConsentTokens(secret: string): ConsentTokens {
  if (secret.length < 32) throw new Error("The consent state signing key must be at least 32 characters.");
  const mac = (id: string): string => createHmac("sha256", secret).update(`b365.consent.${id}`).digest("base64url");
  return {
    newId: () => randomBytes(24).toString("base64url"),
    sign: (id) => `${id}.${mac(id)}`,
    verify(token) {
      const [id, signature, extra] = token.split(".");
      if (id && signature && extra === undefined && /^[A-Za-z0-9_-]{16,64}$/.test(id)) {
        const expected = Buffer.from(mac(id));
        const given = Buffer.from(signature);
        if (expected.length === given.length && timingSafeEqual(expected, given)) return id;
      }
      throw invalidState("The Authorise link was altered or is not ours.");
    },
  };
}

/** The one answer for any unusable consent state: nothing is recorded, staff start again. */
export function invalidState(reason: string): AppError {
  return new AppError("CONSENT.STATE_INVALID", `${reason} Close this window and click Authorise again.`, { status: 400 });
}
