import type { Customer as CustomerDto } from "../../contract/index.js";
import { nextAutoRun, type Customer } from "../../service/index.js";

/** The contract's view of a customer: storage details (MSP partition, ETag) stay inside; the next Enable Auto run is derived. */
export function toCustomerDto(customer: Customer, now: Date = new Date()): CustomerDto {
  const { mspTenantId: _msp, etag: _etag, autoEnabledAt: _since, ...dto } = customer;
  return { ...dto, nextAutoRunAt: customer.autoEnable ? nextAutoRun(now).toISOString() : null };
}
