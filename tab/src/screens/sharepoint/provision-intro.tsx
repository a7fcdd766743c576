import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { CloudRegular, GlobeRegular, MailRegular } from "@fluentui/react-icons";
import type { ReactElement } from "react";

const useStyles = makeStyles({
  list: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(220px, 1fr))", gap: tokens.spacingHorizontalL, margin: 0, padding: 0, listStyle: "none" },
  item: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  icon: { fontSize: "20px", color: tokens.colorBrandForeground1, flexShrink: 0, marginTop: "2px" },
  text: { color: tokens.colorNeutralForeground2 },
});

const steps: Array<{ icon: ReactElement; text: string }> = [
  { icon: <GlobeRegular />, text: "Finds every SharePoint site and protects it with Microsoft 365 Backup." },
  { icon: <CloudRegular />, text: "Finds every user's OneDrive and protects it too, including new users later." },
  { icon: <MailRegular />, text: "Emails the reports you choose while it runs, and a summary when it ends." },
];

/** Before the first Provision: what it will do, in three lines. */
export function ProvisionIntro() {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="What Provision does">
      {steps.map((step) => (
        <li key={step.text} className={styles.item}>
          <span className={styles.icon} aria-hidden>
            {step.icon}
          </span>
          <Text className={styles.text}>{step.text}</Text>
        </li>
      ))}
    </ul>
  );
}
