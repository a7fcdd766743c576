import { AppError } from "./app-error.js";

/** What staff typed in the tenant field, once understood: a tenant GUID or a domain to resolve. */
export type TenantInput = { kind: "id"; tenantId: string } | { kind: "domain"; domain: string };

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const nilGuid = "00000000-0000-0000-0000-000000000000";

/** Parses the tenant field; throws a 400 naming the field and saying what a valid value looks like. */
export function parseTenantInput(raw: string): TenantInput {
  const value = raw.trim().toLowerCase();
  if (guid.test(value)) {
    if (value === nilGuid) throw invalid("The all-zero GUID is not a tenant.");
    return { kind: "id", tenantId: value };
  }
  const labels = value.split(".");
  const looksLikeDomain =
    value.length <= 253 && labels.length >= 2 && labels.every((l) => label.test(l)) && /^[a-z]{2,63}$/.test(labels.at(-1) ?? "");
  if (!looksLikeDomain) {
    throw invalid(`"${raw.trim().slice(0, 80)}" is neither a tenant GUID nor a domain.`);
  }
  return { kind: "domain", domain: value };
}

/** True for a well-formed tenant GUID (lower or upper case). */
export function isTenantGuid(value: string): boolean {
  return guid.test(value);
}

function invalid(reason: string): AppError {
  return new AppError(
    "TENANT.INVALID",
    `${reason} Enter the tenant GUID (like 72f988bf-86f1-41af-91ab-2d7cd011db47) or a domain such as contoso.onmicrosoft.com.`,
    { status: 400, field: "tenant" },
  );
}
