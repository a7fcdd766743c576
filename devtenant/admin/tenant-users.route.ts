import { z } from 'zod';
import { AdminError } from '../http/admin-error.js';
import { emptyReply, jsonReply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import type { DirectoryUser, UserOverrides } from '../seed/directory-user.js';
import type { Tenant } from '../state/tenant-registry.js';

const AddUsersSchema = z.object({ count: z.number().int().min(1).max(100_000).optional(), displayName: z.string().min(1).optional() }).strict();
const PatchUserSchema = z
  .object({ displayName: z.string().min(1).optional(), jobTitle: z.string().optional(), accountEnabled: z.boolean().optional() })
  .strict();

function tenantOf(ctx: RequestContext): Tenant {
  const tenant = ctx.app.state.tenants.find(ctx.params.tid ?? '');
  if (!tenant) throw new AdminError(404, 'DEVTENANT.TENANT_NOT_FOUND', `No tenant '${ctx.params.tid ?? ''}'.`);
  return tenant;
}

function userOf(ctx: RequestContext, tenant: Tenant): DirectoryUser {
  const user = tenant.directory.find(ctx.params.id ?? '');
  if (!user) throw new AdminError(404, 'DEVTENANT.USER_NOT_FOUND', `No user '${ctx.params.id ?? ''}' in tenant ${tenant.seed.tenantId}.`);
  return user;
}

function namesFrom(displayName: string | undefined): UserOverrides {
  if (!displayName) return {};
  const [givenName = displayName, ...rest] = displayName.trim().split(/\s+/);
  return { displayName, givenName, surname: rest.join(' ') || 'User' };
}

function parse<T extends z.ZodTypeAny>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new AdminError(400, 'DEVTENANT.BAD_REQUEST', result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return result.data as z.infer<T>;
}

/** Add users now (they show up in delta), change one, or delete one. */
export const tenantUsersRoutes: Route[] = [
  {
    method: 'POST',
    path: '/_devtenant/tenants/:tid/users',
    style: 'admin',
    handle: async (ctx) => {
      const tenant = tenantOf(ctx);
      const body = parse(AddUsersSchema, await ctx.readJson());
      const created = Array.from({ length: body.count ?? 1 }, () => tenant.directory.add(namesFrom(body.displayName)));
      return jsonReply(201, { users: created.map(({ appRoles: _r, isGlobalAdmin: _g, ...user }) => user) });
    },
  },
  {
    method: 'PATCH',
    path: '/_devtenant/tenants/:tid/users/:id',
    style: 'admin',
    handle: async (ctx) => {
      const tenant = tenantOf(ctx);
      const user = userOf(ctx, tenant);
      const body = parse(PatchUserSchema, await ctx.readJson());
      tenant.directory.update(user.index, { ...body, ...namesFrom(body.displayName) });
      const { appRoles: _r, isGlobalAdmin: _g, ...updated } = tenant.directory.at(user.index) as DirectoryUser;
      return jsonReply(200, updated);
    },
  },
  {
    method: 'DELETE',
    path: '/_devtenant/tenants/:tid/users/:id',
    style: 'admin',
    handle: (ctx) => {
      const tenant = tenantOf(ctx);
      tenant.directory.remove(userOf(ctx, tenant).index);
      return emptyReply(204);
    },
  },
];
