import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { graphReply } from '../graph/graph-reply.js';
import { GraphError } from '../http/graph-error.js';
import type { Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import { APP_REGISTRATION } from '../seed/app-registration.js';
import { CONTROL_BACKUP, CONTROL_BACKUP_DELEGATED, READ_BACKUP } from './backup-permissions.js';
import { backupCall, identityOf, readBackupBody, type BackupCall } from './backup-request.js';
import { serviceAppStatus, serviceAppView } from './backup-views.js';
import type { ServiceAppRecord } from './tenant-backup.js';
import { BACKUP_ROOT } from './workloads.js';

const DAY_MS = 24 * 3600 * 1000;
/** Clock skew allowed on the 7–30 day window of a deferred activation. */
const SKEW_MS = 5 * 60 * 1000;
const DateTime = z.string().datetime({ offset: true });
const RegisterSchema = z.object({ application: z.object({ id: z.string().uuid() }).passthrough(), effectiveDateTime: DateTime.nullish() }).passthrough();
const ActivateSchema = z.object({ effectiveDateTime: DateTime.nullish() }).passthrough();
const BASE = `${BACKUP_ROOT}/serviceApps`;

function entity(ctx: RequestContext, call: BackupCall, app: ServiceAppRecord, status = 200): Reply {
  const reply = graphReply(ctx.app, 'solutions/backupRestore/serviceApps/$entity', serviceAppView(app, call.now));
  return { ...reply, status };
}

function findApp(ctx: RequestContext, call: BackupCall): ServiceAppRecord {
  const id = (ctx.params.id ?? '').toLowerCase();
  const app = call.backup.serviceApps.find((a) => a.id === id);
  if (!app) throw new GraphError(404, 'Request_ResourceNotFound', `Service app '${ctx.params.id ?? ''}' does not exist in this tenant.`);
  return app;
}

async function register(ctx: RequestContext): Promise<Reply> {
  const call = await backupCall(ctx, CONTROL_BACKUP);
  const body = await readBackupBody(ctx, RegisterSchema);
  const appId = body.application.id.toLowerCase();
  const existing = call.backup.serviceApps.find((a) => a.appId === appId);
  if (existing) {
    throw new GraphError(409, 'Conflict', `Application ${appId} is already registered as service app ${existing.id}.`);
  }
  const app: ServiceAppRecord = {
    id: randomUUID(), appId, appDisplayName: appId === APP_REGISTRATION.clientId ? APP_REGISTRATION.displayName : null,
    status: 'inactive', effectiveAt: body.effectiveDateTime ? Date.parse(body.effectiveDateTime) : null,
    registeredAt: call.now, modifiedAt: call.now, modifiedBy: identityOf(call.principal),
  };
  call.backup.serviceApps.push(app);
  return entity(ctx, call, app, 201);
}

async function list(ctx: RequestContext): Promise<Reply> {
  const call = await backupCall(ctx, READ_BACKUP);
  return graphReply(ctx.app, 'solutions/backupRestore/serviceApps', { value: call.backup.serviceApps.map((a) => serviceAppView(a, call.now)) });
}

async function get(ctx: RequestContext): Promise<Reply> {
  const call = await backupCall(ctx, READ_BACKUP);
  return entity(ctx, call, findApp(ctx, call));
}

/** Another controller is active: the admin knob, or another registered app that is active now. */
function otherControllerActive(call: BackupCall, app: ServiceAppRecord): boolean {
  return call.backup.otherControllerActive || call.backup.serviceApps.some((a) => a !== app && serviceAppStatus(a, call.now) === 'active');
}

async function activate(ctx: RequestContext): Promise<Reply> {
  const call = await backupCall(ctx, CONTROL_BACKUP_DELEGATED, { delegatedOnly: true });
  const body = await readBackupBody(ctx, ActivateSchema);
  const app = findApp(ctx, call);
  const status = serviceAppStatus(app, call.now);
  if (status === 'active' || status === 'pendingActive') return entity(ctx, call, app);
  if (otherControllerActive(call, app)) {
    const effectiveAt = body.effectiveDateTime ? Date.parse(body.effectiveDateTime) : call.now + 7 * DAY_MS;
    if (effectiveAt < call.now + 7 * DAY_MS - SKEW_MS || effectiveAt > call.now + 30 * DAY_MS + SKEW_MS) {
      throw new GraphError(400, 'BadRequest', 'Another backup controller is active in this tenant: effectiveDateTime must be between 7 and 30 days from now.');
    }
    Object.assign(app, { status: 'pendingActive', effectiveAt });
  } else {
    Object.assign(app, { status: 'active', effectiveAt: call.now });
  }
  Object.assign(app, { modifiedAt: call.now, modifiedBy: identityOf(call.principal) });
  return entity(ctx, call, app);
}

async function deactivate(ctx: RequestContext): Promise<Reply> {
  const call = await backupCall(ctx, CONTROL_BACKUP_DELEGATED, { delegatedOnly: true });
  const app = findApp(ctx, call);
  Object.assign(app, { status: 'inactive', effectiveAt: null, modifiedAt: call.now, modifiedBy: identityOf(call.principal) });
  return entity(ctx, call, app);
}

/** Service apps: register (409 Conflict when the application is registered), list, get, activate, deactivate. */
export const serviceAppsRoutes: Route[] = [
  { method: 'POST', path: BASE, style: 'graph', handle: register },
  { method: 'GET', path: BASE, style: 'graph', handle: list },
  { method: 'GET', path: `${BASE}/:id`, style: 'graph', handle: get },
  { method: 'POST', path: `${BASE}/:id/activate`, style: 'graph', handle: activate },
  { method: 'POST', path: `${BASE}/:id/deactivate`, style: 'graph', handle: deactivate },
];
