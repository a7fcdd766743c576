/** One email with an HTML body and its plain-text alternative. */
export interface MailMessage {
  /** The sending mailbox in the MSP tenant (UPN or user id). */
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
}

/** Sends mail from the MSP tenant (Graph `sendMail`, app-only). */
export interface MailPort {
  send(mspTenantId: string, message: MailMessage): Promise<void>;
}
