import type { Customer } from "../../service/index.js";
import { pickCustomerData } from "../commands/card-action.js";
import type { CustomerCommand } from "../commands/command.js";
import { actionSet, adaptiveCard, execute, heading, plain, text } from "./card-parts.js";
import type { AdaptiveCard, CardObject } from "./card-types.js";

/** Buttons before "type more of the name": Teams shows about six actions comfortably. */
const maxChoices = 6;

/** Options for {@link buildAmbiguousCard}. */
export interface AmbiguousCardOptions {
  /** No name fitted; these are near ones ("did you mean"), not equals. */
  noMatch?: boolean;
}

/**
 * Asks which customer was meant; each choice finishes the same command for that customer
 * (Action.Execute verb `pickCustomer`, falling back to Action.Submit with the same data).
 */
export function buildAmbiguousCard(
  query: string,
  candidates: ReadonlyArray<Pick<Customer, "id" | "name" | "product">>,
  command: CustomerCommand,
  options: AmbiguousCardOptions = {},
): AdaptiveCard {
  const shown = candidates.slice(0, maxChoices);
  const body: CardObject[] = [
    heading(options.noMatch ? `No customer called "${plain(query)}"` : "Which customer did you mean?"),
    text(options.noMatch ? "Did you mean one of these?" : `"${plain(query)}" fits ${candidates.length} customers.`, { subtle: true }),
    // One ActionSet per choice stacks the buttons, so long names are not cut short side by side.
    ...shown.map((c) => actionSet([execute(`${c.name} (${c.product})`, pickCustomerData(command, c.id))])),
  ];
  if (candidates.length > maxChoices) {
    body.push(text(`and ${candidates.length - maxChoices} more: type more of the name, or "customers" to see them all.`, { subtle: true }));
  }
  return adaptiveCard(body, [], `Which customer did you mean: ${shown.map((c) => c.name).join(", ")}?`);
}
