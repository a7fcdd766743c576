import type { Customer as CustomerDto } from "../../contract/index.js";
import type { Customer } from "../../service/index.js";

/** The contract's view of a customer: storage details (MSP partition, ETag) stay inside. */
export function toCustomerDto(customer: Customer): CustomerDto {
  const { mspTenantId: _msp, etag: _etag, ...dto } = customer;
  return dto;
}
