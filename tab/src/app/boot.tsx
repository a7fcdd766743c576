import { makeStyles, tokens } from "@fluentui/react-components";
import type { Host } from "../host/index.js";
import { SignInPage } from "../screens/sign-in/sign-in-page.js";
import { ErrorBar } from "../ui/error-bar.js";
import { Loading } from "../ui/loading.js";
import { AppShell } from "./app-shell.js";
import { SessionProvider } from "./session.js";
import { useBoot } from "./use-boot.js";

const useStyles = makeStyles({
  failed: { maxWidth: "640px", margin: "0 auto", padding: tokens.spacingHorizontalXXL },
});

/** Shows sign-in, a start-up failure, or the signed-in app. */
export function Boot({ host }: { host: Host }) {
  const styles = useStyles();
  const { state, retry } = useBoot(host);
  switch (state.step) {
    case "starting":
      return <Loading label="Signing in…" />;
    case "signed-out":
      return <SignInPage notice={state.notice} />;
    case "failed":
      return (
        <div className={styles.failed}>
          <ErrorBar title="Backup365 could not start" error={state.error} onRetry={retry} />
        </div>
      );
    case "ready":
      return (
        <SessionProvider session={state.session}>
          <AppShell />
        </SessionProvider>
      );
  }
}
