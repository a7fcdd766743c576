import type { Route } from '../http/route.js';
import { mailAdminRoutes } from './mail-admin.route.js';
import { sendMailRoutes } from './send-mail.route.js';

/** Outlook mail in Graph (sendMail) and the outbox that keeps what was sent (`/_devtenant/mail`). */
export const mailRoutes: Route[] = [...sendMailRoutes, ...mailAdminRoutes];
