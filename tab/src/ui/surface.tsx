import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow4,
    minWidth: 0,
    "& > h1, & > h2, & h1, & h2": { margin: 0 },
    "@media (max-width: 480px)": { padding: tokens.spacingHorizontalM },
  },
});

/** The white card a panel sits on, like Teams' own settings pages. */
export function Surface({ children, className, label }: { children: ReactNode; className?: string; label?: string }) {
  const styles = useStyles();
  return (
    <section className={mergeClasses(styles.root, className)} aria-label={label}>
      {children}
    </section>
  );
}
