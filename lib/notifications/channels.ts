import nodemailer from 'nodemailer';
import type { Rendered } from './templates';

/**
 * A way of delivering a rendered message. `email` (SMTP) is the one there is; SMS or WhatsApp
 * are added as another Channel and switched on by their own environment variable in
 * `channelsFromEnv`. A channel that is not configured is absent: its messages stay pending in the
 * outbox (and visible on /admin/outbox) until it is.
 */
export interface Channel {
  name: string;
  send(to: string, message: Rendered): Promise<void>;
}

export function emailChannel(smtpUrl: string, from = process.env.MAIL_FROM ?? 'Wijkwerf <noreply@wijkwerf.invalid>'): Channel {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    name: 'email',
    async send(to, m) {
      await transport.sendMail({ from, to, subject: m.subject, text: m.text, html: m.html });
    },
  };
}

/** The configured channels: `email` with SMTP_URL; none in the demo and the tests. */
export function channelsFromEnv(env: NodeJS.ProcessEnv = process.env): Channel[] {
  const list: Channel[] = [];
  if (env.SMTP_URL) list.push(emailChannel(env.SMTP_URL, env.MAIL_FROM));
  return list;
}
