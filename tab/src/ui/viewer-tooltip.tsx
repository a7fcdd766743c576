import { Tooltip } from "@fluentui/react-components";
import type { ReactElement } from "react";

/** Why a viewer's buttons are off. */
export const viewerHint = "Viewers can look but not change anything.";

/** Wraps an action so a viewer sees why it is disabled (the action itself must be `disabledFocusable`). */
export function ViewerTooltip({ isViewer, children }: { isViewer: boolean; children: ReactElement }) {
  if (!isViewer) return children;
  return (
    <Tooltip content={viewerHint} relationship="description" withArrow>
      {children}
    </Tooltip>
  );
}
