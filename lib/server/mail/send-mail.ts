import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";

let transport: Transporter | undefined;

export type TMail = { to: string; subject: string; text: string };

// Through SMTP_URL when it is set; otherwise the message is written to the log, so an
// operator without a mail relay can still pass a link on.
export async function sendMail(mail: TMail): Promise<void> {
  const env = getEnv();
  if (!env.SMTP_URL) {
    logger.info({ to: mail.to, subject: mail.subject, text: mail.text }, "mail not sent: SMTP_URL is not set");
    return;
  }
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  await transport.sendMail({ from: env.MAIL_FROM, ...mail });
}
