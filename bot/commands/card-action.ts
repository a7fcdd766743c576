import type { ActionData } from "../cards/card-types.js";
import type { Command, CustomerCommand, EnableTarget } from "./command.js";

/** A command to run, with the customer already chosen when it came from a button (no name matching then). */
export interface CommandRequest {
  command: Command;
  customerId?: string;
}

/** What a button press asked for: a command with its customer picked, or a retry of a job's failures. */
export type CardRequest = { kind: "command"; request: CommandRequest } | { kind: "retryFailed"; jobId: string; customerId: string };

/** The data of a "which customer?" button: the command to finish, and the customer picked. */
export function pickCustomerData(command: CustomerCommand, customerId: string): ActionData {
  const extra = command.kind === "enable" ? { target: command.target } : command.kind === "auto" ? { on: command.on } : {};
  return { verb: "pickCustomer", command: command.kind, customerId, ...extra };
}

/** The data of a progress card's "Retry failed" button. */
export function retryFailedData(jobId: string, customerId: string): ActionData {
  return { verb: "retryFailed", jobId, customerId };
}

/** Reads a button's data (from Action.Execute or its Action.Submit fallback); anything malformed is null, never trusted. */
export function readCardData(value: unknown): CardRequest | null {
  if (!isRecord(value) || typeof value.customerId !== "string" || !value.customerId || value.customerId.length > 200) return null;
  const customerId = value.customerId;
  if (value.verb === "retryFailed") return typeof value.jobId === "string" && value.jobId ? { kind: "retryFailed", jobId: value.jobId, customerId } : null;
  if (value.verb !== "pickCustomer") return null;
  const command = commandFrom(value, customerId);
  return command ? { kind: "command", request: { command, customerId } } : null;
}

function commandFrom(value: Record<string, unknown>, customer: string): Command | null {
  switch (value.command) {
    case "status":
    case "provision":
      return { kind: value.command, customer };
    case "auto":
      return typeof value.on === "boolean" ? { kind: "auto", on: value.on, customer } : null;
    case "enable": {
      const target = targetFrom(value.target);
      return target ? { kind: "enable", customer, target } : null;
    }
    default:
      return null;
  }
}

function targetFrom(value: unknown): EnableTarget | null {
  if (!isRecord(value)) return null;
  if (value.all === true) return { all: true };
  return typeof value.user === "string" && value.user.length > 0 && value.user.length <= 254 ? { user: value.user } : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
