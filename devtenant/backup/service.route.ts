import { z } from 'zod';
import { graphReply } from '../graph/graph-reply.js';
import { GraphError } from '../http/graph-error.js';
import type { Reply } from '../http/reply.js';
import type { RequestContext, Route } from '../http/route.js';
import { CONTROL_BACKUP, READ_BACKUP } from './backup-permissions.js';
import { backupCall, callerAppId, identityOf, readBackupBody, type BackupCall } from './backup-request.js';
import { serviceAppStatus, serviceStatusView } from './backup-views.js';
import { BACKUP_ROOT } from './workloads.js';

const EnableSchema = z.object({ appOwnerTenantId: z.string().uuid() }).passthrough();

function statusReply(ctx: RequestContext, call: BackupCall): Reply {
  return graphReply(ctx.app, 'microsoft.graph.serviceStatus', serviceStatusView(call.backup.serviceStatus));
}

async function getRoot(ctx: RequestContext): Promise<Reply> {
  const call = await backupCall(ctx, READ_BACKUP);
  return graphReply(ctx.app, 'solutions/backupRestore/$entity', {
    id: call.tenant.seed.tenantId,
    serviceStatus: serviceStatusView(call.backup.serviceStatus),
  });
}

function requireActiveServiceApp(call: BackupCall): void {
  const appId = callerAppId(call.principal).toLowerCase();
  const app = call.backup.serviceApps.find((a) => a.appId === appId);
  if (app && serviceAppStatus(app, call.now) === 'active') return;
  const state = app ? `is registered as service app ${app.id} with status '${serviceAppStatus(app, call.now)}'` : 'is not registered as a service app';
  throw new GraphError(
    403, 'ServiceAppNotActive',
    `Application ${appId} ${state} in this tenant. Register it (POST /solutions/backupRestore/serviceApps) and have an administrator activate it before enabling the service.`,
  );
}

function checkBilling(ctx: RequestContext, ownerTenantId: string): void {
  const billing = ctx.app.state.backup.billing(ownerTenantId);
  if (billing === 'missing') {
    throw new GraphError(402, 'BillingProfileNotAvailable', `No billing profile is set up for the application owner tenant ${ownerTenantId}. Link an Azure subscription to Microsoft 365 Backup in that tenant, then try again.`);
  }
  if (billing === 'unreadable') {
    throw new GraphError(403, 'UnableToReadBillingProfile', `The billing profile of the application owner tenant ${ownerTenantId} could not be read. Check that the Microsoft 365 Backup billing policy in that tenant is valid, then try again.`);
  }
}

async function enable(ctx: RequestContext): Promise<Reply> {
  const call = await backupCall(ctx, CONTROL_BACKUP);
  const { appOwnerTenantId } = await readBackupBody(ctx, EnableSchema);
  requireActiveServiceApp(call);
  const status = call.backup.serviceStatus;
  if (status.status === 'enabled') return statusReply(ctx, call);
  checkBilling(ctx, appOwnerTenantId);
  Object.assign(status, {
    status: 'enabled', backupServiceConsumer: 'thirdparty', disableReason: 'none',
    appOwnerTenantId: appOwnerTenantId.toLowerCase(), modifiedAt: call.now, modifiedBy: identityOf(call.principal),
  });
  return statusReply(ctx, call);
}

async function disable(ctx: RequestContext): Promise<Reply> {
  const call = await backupCall(ctx, CONTROL_BACKUP);
  const status = call.backup.serviceStatus;
  if (status.status !== 'disabled') {
    Object.assign(status, { status: 'disabled', disableReason: 'userRequested', modifiedAt: call.now, modifiedBy: identityOf(call.principal) });
  }
  return statusReply(ctx, call);
}

/** GET the backupRestoreRoot; POST enable (billing checked on appOwnerTenantId) and disable. */
export const serviceRoutes: Route[] = [
  { method: 'GET', path: BACKUP_ROOT, style: 'graph', handle: getRoot },
  { method: 'POST', path: `${BACKUP_ROOT}/enable`, style: 'graph', handle: enable },
  { method: 'POST', path: `${BACKUP_ROOT}/disable`, style: 'graph', handle: disable },
];
