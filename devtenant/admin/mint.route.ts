import { z } from 'zod';
import { AdminError } from '../http/admin-error.js';
import { jsonReply } from '../http/reply.js';
import type { Route } from '../http/route.js';
import { signJwt } from '../identity/signing-key.js';
import { baseClaims } from '../identity/token-claims.js';

const MintSchema = z
  .object({
    claims: z.record(z.unknown()),
    header: z.record(z.unknown()).optional(),
    tenant: z.string().optional(),
  })
  .strict();

/**
 * Signs an arbitrary JWT with the devtenant key, for auth tests (expired, wrong audience, missing
 * role). With `tenant`, iss/tid/iat/nbf/exp/ver/uti/azp default to a real token's; `claims` win.
 */
export const mintRoutes: Route[] = [
  {
    method: 'POST',
    path: '/_devtenant/mint',
    style: 'admin',
    handle: async (ctx) => {
      const result = MintSchema.safeParse(await ctx.readJson());
      if (!result.success) throw new AdminError(400, 'DEVTENANT.BAD_REQUEST', result.error.issues.map((i) => i.message).join('; '));
      const { claims, header, tenant } = result.data;
      let defaults: Record<string, unknown> = {};
      if (tenant) {
        const found = ctx.app.state.tenants.find(tenant);
        if (!found) throw new AdminError(404, 'DEVTENANT.TENANT_NOT_FOUND', `No tenant '${tenant}'.`);
        const { aud: _aud, ...base } = baseClaims(ctx.app, found.seed.tenantId, '');
        defaults = base;
      }
      const token = await signJwt(ctx.app.signingKey, { ...defaults, ...claims }, header ?? {});
      return jsonReply(200, { token });
    },
  },
];
