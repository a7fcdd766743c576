import type { z } from 'zod';
import { AdminError } from '../http/admin-error.js';
import type { RequestContext } from '../http/route.js';

/** Reads and validates an admin JSON body; 400 DEVTENANT.BAD_REQUEST lists what is wrong. */
export async function parseAdminBody<T extends z.ZodTypeAny>(ctx: RequestContext, schema: T): Promise<z.infer<T>> {
  const result = schema.safeParse(await ctx.readJson());
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
    throw new AdminError(400, 'DEVTENANT.BAD_REQUEST', detail);
  }
  return result.data as z.infer<T>;
}
