import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircleFilled, InfoFilled } from "@fluentui/react-icons";
import { formatAddresses } from "./describe-provision.js";

const useStyles = makeStyles({
  title: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  ok: { color: tokens.colorPaletteGreenForeground1, fontSize: "24px", flexShrink: 0 },
  info: { color: tokens.colorBrandForeground1, fontSize: "24px", flexShrink: 0 },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** What Provision answered, for the dialog. */
export interface ProvisionStarted {
  joined: boolean;
  emails: readonly string[];
}

/** Props of {@link ProvisionDialog}. */
export interface ProvisionDialogProps {
  started: ProvisionStarted | null;
  customerName: string;
  onClose: () => void;
}

/** The guide's success pop-up after Provision, saying what happens next; or, when one was already running, that it joined it. */
export function ProvisionDialog({ started, customerName, onClose }: ProvisionDialogProps) {
  const styles = useStyles();
  const joined = started?.joined ?? false;
  const to = started && started.emails.length > 0 ? formatAddresses(started.emails) : "the report addresses";
  return (
    <Dialog open={started !== null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle className={styles.title}>
            {joined ? <InfoFilled className={styles.info} aria-hidden /> : <CheckmarkCircleFilled className={styles.ok} aria-hidden />}
            {joined ? "Provisioning already in progress" : "Provisioning started"}
          </DialogTitle>
          <DialogContent className={styles.content}>
            {joined ? (
              <span>
                Provisioning was already running for {customerName}, so Backup365 did not start a second run. This page follows
                that run.
              </span>
            ) : (
              <span>Backup365 is protecting every SharePoint site and every user's OneDrive for {customerName}.</span>
            )}
            <ul className={styles.list}>
              <li>Within the next 24 hours, report emails on the progress arrive at {to}.</li>
              <li>Progress also shows in the bot's card in Teams, and on this page.</li>
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
