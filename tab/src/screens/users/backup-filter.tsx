import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import type { BackupState } from "../../../../contract/index.js";

const choices: Array<{ value: BackupState | "all"; label: string }> = [
  { value: "all", label: "All users" },
  { value: "off", label: "Off" },
  { value: "requested", label: "Pending" },
  { value: "protected", label: "Protected" },
  { value: "failed", label: "Failed" },
];

const useStyles = makeStyles({
  field: { minWidth: "150px", "& .fui-Dropdown": { minWidth: "150px" } },
});

/** Shows only users in one backup state (the server filters): All users, Off, Pending, Protected, Failed. */
export function BackupFilter({ value, onChange }: { value: BackupState | undefined; onChange: (value: BackupState | undefined) => void }) {
  const styles = useStyles();
  const current = choices.find((c) => c.value === (value ?? "all")) ?? choices[0]!;
  return (
    <Field label="Backup state" className={styles.field}>
      <Dropdown
        value={current.label}
        selectedOptions={[current.value]}
        onOptionSelect={(_, data) => onChange(data.optionValue === "all" ? undefined : (data.optionValue as BackupState | undefined))}
      >
        {choices.map((choice) => (
          <Option key={choice.value} value={choice.value}>
            {choice.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
