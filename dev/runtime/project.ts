/**
 * The script project's state beside the spreadsheet: installable time-driven triggers, the mail MailApp
 * sent (the outbox), each user's daily mail quota and the failed trigger runs. Plain data, saved with the
 * workbook (persistence.ts, version 3) and validated with zod when a saved file is read.
 */
import * as z from 'zod/mini';

export const WEEK_DAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

const weekDaySchema = z.enum(WEEK_DAYS);
const wholeNumber = z.int().check(z.minimum(1));

/**
 * When a clock trigger fires. `minuteOfDay` is the minute after local midnight of a scheduled day at which
 * it fires (the point the runtime picked inside Google's window, see clock-schedule.ts); it may pass 1,440
 * (23:50 ± 15 minutes rolls into the next day). `firstDay` is the first scheduled local day (epoch days).
 */
const scheduleSchema = z.union([
  z.strictObject({ every: z.literal('hours'), n: wholeNumber, firstAt: z.number() }),
  z.strictObject({
    every: z.literal('days'),
    n: wholeNumber,
    minuteOfDay: z.int(),
    firstDay: z.int(),
  }),
  z.strictObject({
    every: z.literal('weeks'),
    n: wholeNumber,
    weekDay: weekDaySchema,
    minuteOfDay: z.int(),
    firstDay: z.int(),
  }),
]);
export type ClockSchedule = z.infer<typeof scheduleSchema>;

const triggerSchema = z.strictObject({
  /** Trigger.getUniqueId() */
  uid: z.string(),
  handlerFunction: z.string(),
  /** who created it: it runs as them, and only they see it (getProjectTriggers) */
  owner: z.string(),
  eventType: z.literal('CLOCK'),
  triggerSource: z.literal('CLOCK'),
  /** inTimezone(), else the script's zone when it was created */
  timeZone: z.string(),
  createdAt: z.number(),
  schedule: scheduleSchema,
});
export type TriggerSpec = z.infer<typeof triggerSchema>;

const mailSchema = z.strictObject({
  /** the effective user of the execution that sent it */
  from: z.string(),
  /** the `name` option (the sender's display name), or null */
  name: z.nullable(z.string()),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  bcc: z.array(z.string()),
  replyTo: z.nullable(z.string()),
  noReply: z.boolean(),
  subject: z.string(),
  body: z.string(),
  htmlBody: z.nullable(z.string()),
  /** virtual time of sending, ISO */
  sentAt: z.string(),
});
export type SentMail = z.infer<typeof mailSchema>;

const runSchema = z.strictObject({
  triggerUid: z.string(),
  handlerFunction: z.string(),
  owner: z.string(),
  /** virtual time the run started, ISO */
  at: z.string(),
  ok: z.boolean(),
  error: z.optional(z.strictObject({ name: z.string(), message: z.string() })),
});

export const projectSchema = z.strictObject({
  triggers: z.array(triggerSchema),
  /** the next trigger's sequence number (unique ids are made from it) */
  nextTriggerSeq: z.int(),
  outbox: z.array(mailSchema),
  /** per user: when their 24-hour quota window started (ms) and how many recipients it counted */
  mailUsage: z.record(z.string(), z.strictObject({ since: z.number(), recipients: z.int() })),
  /** trigger runs that failed (Apps Script mails their owner a summary of failures) */
  triggerFailures: z.array(runSchema),
});
export type ProjectModel = z.infer<typeof projectSchema>;

export function newProject(): ProjectModel {
  return { triggers: [], nextTriggerSeq: 1, outbox: [], mailUsage: {}, triggerFailures: [] };
}
