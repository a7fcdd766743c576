import { Spinner, ToolbarButton } from "@fluentui/react-components";
import { CheckmarkCircleRegular, PeopleCheckmarkRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { EnableUsersRequest } from "../../../../contract/index.js";
import { useCanAct } from "../../app/session.js";
import { ViewerTooltip } from "../../ui/viewer-tooltip.js";
import { formatNumber } from "../users/format-count.js";
import type { UserSelection } from "../users/user-list.js";
import { EnableAllDialog } from "./enable-all-dialog.js";

/** Props of {@link EnableActions}. */
export interface EnableActionsProps {
  selection: UserSelection;
  /** Users not yet protected, from the protection counts; null before the first count. */
  notProtected: number | null;
  busy: boolean;
  enable: (body: EnableUsersRequest) => Promise<boolean>;
}

/** The toolbar's Enable selected (N) and All (with its confirmation). */
export function EnableActions({ selection, notProtected, busy, enable }: EnableActionsProps) {
  const canAct = useCanAct();
  const [confirming, setConfirming] = useState(false);
  const count = selection.ids.length;

  const enableSelected = async () => {
    if (await enable({ userIds: selection.ids })) selection.clear();
  };
  const enableAll = () => {
    setConfirming(false);
    void enable({ all: true });
  };

  return (
    <>
      <ViewerTooltip isViewer={!canAct}>
        <ToolbarButton
          appearance="primary"
          icon={busy ? <Spinner size="tiny" /> : <CheckmarkCircleRegular />}
          disabledFocusable={!canAct || busy || count === 0}
          onClick={() => void enableSelected()}
        >
          {`Enable selected (${formatNumber(count)})`}
        </ToolbarButton>
      </ViewerTooltip>
      <ViewerTooltip isViewer={!canAct}>
        <ToolbarButton icon={<PeopleCheckmarkRegular />} disabledFocusable={!canAct || busy} onClick={() => setConfirming(true)}>
          All
        </ToolbarButton>
      </ViewerTooltip>
      <EnableAllDialog open={confirming} count={notProtected ?? selection.listedTotal} onConfirm={enableAll} onCancel={() => setConfirming(false)} />
    </>
  );
}
