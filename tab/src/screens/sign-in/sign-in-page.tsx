import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ShieldCheckmarkFilled } from "@fluentui/react-icons";
import { fetchAuthConfig } from "../../api/index.js";
import { useResource } from "../../hooks/use-resource.js";
import { ErrorBar } from "../../ui/error-bar.js";
import { rememberReturnHash } from "./return-hash.js";

const useStyles = makeStyles({
  page: { display: "grid", placeItems: "center", minHeight: "100vh", padding: tokens.spacingHorizontalL, boxSizing: "border-box" },
  card: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    textAlign: "center",
    gap: tokens.spacingVerticalL,
    maxWidth: "420px",
    width: "100%",
    padding: tokens.spacingHorizontalXXXL,
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow16,
    "@media (max-width: 480px)": { padding: tokens.spacingHorizontalL },
  },
  logo: { fontSize: "48px", color: tokens.colorBrandForeground1 },
  title: { margin: 0 },
  notice: { width: "100%", textAlign: "start" },
  lead: { color: tokens.colorNeutralForeground2 },
});

/** The browser's sign-in screen: what the app does and one Sign in button. */
export function SignInPage({ notice }: { notice?: string }) {
  const styles = useStyles();
  const config = useResource((signal) => fetchAuthConfig({ signal }), []);
  const signInUrl = config.data?.signInUrl ?? null;

  const signIn = () => {
    if (!signInUrl) return;
    rememberReturnHash();
    window.location.assign(signInUrl);
  };

  return (
    <main className={styles.page}>
      <div className={styles.card}>
        <ShieldCheckmarkFilled className={styles.logo} aria-hidden />
        <Title2 as="h1" className={styles.title}>
          Backup365 for Teams
        </Title2>
        <Text className={styles.lead} align="center">
          Provision Backup365 for your customers' Microsoft 365 tenants: connect a tenant, authorise it and choose which
          mailboxes, SharePoint sites and OneDrives to protect.
        </Text>
        {notice ? (
          <MessageBar intent="warning" className={styles.notice}>
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        ) : null}
        {config.status === "error" ? <ErrorBar error={config.error} onRetry={config.reload} /> : null}
        {config.status === "ready" && !signInUrl ? (
          <MessageBar intent="info" className={styles.notice}>
            <MessageBarBody>Open Backup365 in Microsoft Teams to sign in.</MessageBarBody>
          </MessageBar>
        ) : null}
        <Button
          appearance="primary"
          size="large"
          onClick={signIn}
          disabled={!signInUrl}
          icon={config.status === "loading" ? <Spinner size="tiny" /> : undefined}
        >
          Sign in
        </Button>
      </div>
    </main>
  );
}
