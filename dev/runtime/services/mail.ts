/**
 * MailApp ([doc] reference/mail/mail-app): sendEmail's four overloads and getRemainingDailyQuota. Nothing
 * leaves the machine: each message goes to the project's outbox (Runtime.outbox), from the effective user,
 * at the virtual time. Limits ([doc] guides/quotas-and-limits, consumer accounts): 100 recipients per user
 * per day (LoadOptions.mailQuota), a day being the 24 hours from that user's first send ("Quotas are per
 * user and reset 24 hours after the first request"); 50 recipients and 200 KB of body per message.
 */
import { Service, fail, signatureMismatch } from './base';

export const SEND_MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';

/** "Email recipients per day … 100 / day" for consumer accounts (1,500 for Google Workspace) [doc]. */
export const CONSUMER_MAIL_QUOTA = 100;
/** "Email recipients per message 50 / msg" [doc]. */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
/** "Email body size 200 KB / msg" for consumer accounts [doc]; body and HTML body counted together [inference]. */
export const MAX_BODY_BYTES = 200 * 1024;

/** [observed] a production script's run log ("Service invoked too many times for one day: email"). */
export const MAIL_QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';
const DAY_MS = 86_400_000;

/** A bare address: no display name, no spaces, one @, a dot in the domain [inference: Google's rule is unpublished]. */
const ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/;

/** The advanced parameters the runtime models; `attachments` and `inlineImages` are not (they throw). */
type Field = 'to' | 'subject' | 'body' | 'cc' | 'bcc' | 'htmlBody' | 'name' | 'noReply' | 'replyTo';
const NOT_MODELLED = ['attachments', 'inlineImages'];

type Message = Partial<Record<Field, unknown>>;

function text(message: Message, field: Field): string | null {
  const value = message[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') fail(`Invalid argument: ${field}`);
  return value;
}

/** A comma-separated list of addresses ("to", "cc", "bcc"), each checked. */
function addresses(list: string | null): string[] {
  if (list === null) return [];
  const out = list
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  // the text of this refusal is [unconfirmed]: "Invalid email: <address>" is how other projects quote it
  for (const a of out) if (!ADDRESS.test(a)) fail(`Invalid email: ${a}`);
  return out;
}

export class MailApp extends Service {
  readonly _className = 'MailApp';

  /**
   * sendEmail(message) · (recipient, subject, body) · (recipient, subject, body, options) ·
   * (to, replyTo, subject, body).
   */
  sendEmail(...args: unknown[]): void {
    this._core.requireScope('MailApp.sendEmail', SEND_MAIL_SCOPE);
    this._send(this._message(args));
  }

  /** "the number of recipients you can send emails to for the rest of the day" [doc]. */
  getRemainingDailyQuota(): number {
    this._core.requireScope('MailApp.getRemainingDailyQuota', SEND_MAIL_SCOPE);
    return Math.max(0, this._core.opts.mailQuota - this._usage().recipients);
  }

  private _message(args: unknown[]): Message {
    const [a, b, c, d] = args;
    const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
    if (args.length === 1 && isObject(a)) return a as Message;
    if (typeof a === 'string' && typeof b === 'string' && typeof c === 'string') {
      if (args.length === 3) return { to: a, subject: b, body: c };
      if (args.length === 4 && typeof d === 'string') return { to: a, replyTo: b, subject: c, body: d };
      if (args.length === 4 && isObject(d)) return { ...(d as Message), to: a, subject: b, body: c };
    }
    return signatureMismatch('MailApp.sendEmail', args);
  }

  /** This user's quota window, started afresh once 24 hours have passed since its first send. */
  private _usage(): { since: number; recipients: number } {
    const core = this._core;
    const user = core.opts.effectiveUser;
    const usage = core.project.mailUsage[user];
    if (usage && core.nowMs < usage.since + DAY_MS) return usage;
    return { since: core.nowMs, recipients: 0 };
  }

  private _send(message: Message): void {
    const core = this._core;
    for (const key of NOT_MODELLED) {
      if ((message as Record<string, unknown>)[key] !== undefined)
        fail(`not implemented: MailApp.sendEmail option ${key}`);
    }
    const to = addresses(text(message, 'to'));
    const cc = addresses(text(message, 'cc'));
    const bcc = addresses(text(message, 'bcc'));
    const replyTo = text(message, 'replyTo');
    if (replyTo !== null) addresses(replyTo);
    const recipients = to.length + cc.length + bcc.length;
    // [observed] a script's notes: an empty recipient fails with this text
    if (recipients === 0) fail('Failed to send email: no recipient');
    // the pattern of "Limit exceeded: Email Attachments Per Message." [doc]; these two names are [inference]
    if (recipients > MAX_RECIPIENTS_PER_MESSAGE) fail('Limit exceeded: Email Recipients Per Message.');
    const body = text(message, 'body') ?? '';
    const htmlBody = text(message, 'htmlBody');
    if (Buffer.byteLength(body) + Buffer.byteLength(htmlBody ?? '') > MAX_BODY_BYTES) {
      fail('Limit exceeded: Email Body Size.');
    }
    const usage = this._usage();
    // a message the quota cannot cover is not sent at all [inference]
    if (usage.recipients + recipients > core.opts.mailQuota) fail(MAIL_QUOTA_EXCEEDED);
    const noReply = message.noReply;
    if (noReply !== undefined && typeof noReply !== 'boolean') fail('Invalid argument: noReply');
    core.project.mailUsage[core.opts.effectiveUser] = {
      since: usage.since,
      recipients: usage.recipients + recipients,
    };
    core.project.outbox.push({
      from: core.opts.effectiveUser,
      name: text(message, 'name'),
      to,
      cc,
      bcc,
      replyTo,
      noReply: noReply === true,
      subject: text(message, 'subject') ?? '',
      body,
      htmlBody,
      sentAt: new Date(core.nowMs).toISOString(),
    });
  }
}
