/** Who an `enable` command is for: everyone listed (the tab's All) or one user by UPN, email or object ID. */
export type EnableTarget = { all: true } | { user: string };

/** A chat message, understood: what staff asked for, or why it could not be read. */
export type Command =
  | { kind: "help" }
  | { kind: "customers" }
  | { kind: "status"; customer: string }
  | { kind: "enable"; customer: string; target: EnableTarget }
  | { kind: "auto"; on: boolean; customer: string }
  | { kind: "provision"; customer: string }
  | { kind: "unknown"; text: string; reason: string };

/** The kinds of command staff can type (everything but `unknown`). */
export type CommandKind = Exclude<Command["kind"], "unknown">;

/** The commands that name a customer. */
export type CustomerCommand = Extract<Command, { customer: string }>;

/** True when the command names a customer (so it needs matching before it can run). */
export function isCustomerCommand(command: Command): command is CustomerCommand {
  return "customer" in command;
}
