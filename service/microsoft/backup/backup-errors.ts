import { AppError } from "../../domain/app-error.js";
import { graphCode, graphStatus, translateGraphError } from "../graph/graph-errors.js";

/** Microsoft 365 Backup's documented error codes, turned into messages that say what to fix. */
export function translateBackupError(error: unknown, what: string): AppError {
  const code = graphCode(error);
  const status = graphStatus(error);
  if (code === "BillingProfileNotAvailable" || status === 402) {
    return new AppError(
      "BACKUP.BILLING_PROFILE_MISSING",
      "Microsoft 365 Backup has no billing set up in your MSP tenant. An admin of your MSP tenant must turn on pay-as-you-go billing for Microsoft 365 Backup (Microsoft 365 admin center → Settings → Microsoft 365 Backup), then Resume.",
      { status: 409, cause: error },
    );
  }
  if (code === "UnableToReadBillingProfile") {
    return new AppError(
      "BACKUP.BILLING_PROFILE_UNREADABLE",
      "Microsoft could not read your MSP tenant's Microsoft 365 Backup billing profile. Check that the Azure subscription linked to Microsoft 365 Backup is active and that its owner still has access, then Resume.",
      { status: 409, cause: error },
    );
  }
  if (code === "PolicyCreationNotAllowed") {
    return new AppError("BACKUP.POLICY_EXISTS", "The tenant already has a protection policy for this workload.", { status: 409, cause: error });
  }
  if (code === "ProtectionUnitsLimitBreached" || status === 413) {
    return new AppError("BACKUP.TOO_MANY_UNITS", "Microsoft refused the request: too many protection units in one request.", { status: 502, cause: error });
  }
  return translateGraphError(error, what);
}
