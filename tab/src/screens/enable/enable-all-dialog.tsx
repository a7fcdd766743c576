import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { formatNumber } from "../users/format-count.js";

/** Props of {@link EnableAllDialog}. */
export interface EnableAllDialogProps {
  open: boolean;
  /** How many users are not yet protected, when known. */
  count: number | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Confirms All before any backup is turned on. */
export function EnableAllDialog({ open, count, onConfirm, onCancel }: EnableAllDialogProps) {
  const question =
    count === null
      ? "Turn on backup for all users not yet protected?"
      : `Turn on backup for all ${formatNumber(count)} ${count === 1 ? "user" : "users"} not yet protected?`;
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{question}</DialogTitle>
          <DialogContent>
            Backup365 asks Microsoft 365 Backup to protect their mailboxes. Users already protected stay as they are, and
            you can follow the progress here.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              Enable all
            </Button>
            <Button onClick={onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
