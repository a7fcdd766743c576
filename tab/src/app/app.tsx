import { AriaLiveAnnouncer, FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { toFluentTheme } from "../host/index.js";
import { Loading } from "../ui/loading.js";
import { Boot } from "./boot.js";
import { ErrorBoundary } from "./error-boundary.js";
import { useHost, useHostTheme } from "./use-host.js";

const useStyles = makeStyles({
  // On an inner element: FluentProvider copies its own className onto every portal (tooltips, dialogs).
  page: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
});

/** The root: theme, live announcements, the error boundary, then start-up. */
export function App() {
  const styles = useStyles();
  const host = useHost();
  const theme = useHostTheme(host);
  return (
    <FluentProvider theme={toFluentTheme(theme)}>
      <AriaLiveAnnouncer>
        <div className={styles.page}>
          <ErrorBoundary>{host ? <Boot host={host} /> : <Loading label="Starting Backup365…" />}</ErrorBoundary>
        </div>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
