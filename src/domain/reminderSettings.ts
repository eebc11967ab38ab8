/**
 * The review reminders' settings: whether the weekly digest is on, the weekday and hour it runs (in the
 * spreadsheet's time zone) and how many days ahead it looks. Validated wherever they arrive (the dialog,
 * document properties), each refusal saying what is accepted.
 */
import * as z from 'zod/mini';

export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;

export type Weekday = (typeof WEEKDAYS)[number];

export const MIN_WINDOW_DAYS = 1;
export const MAX_WINDOW_DAYS = 365;

export interface ReminderSettings {
  readonly enabled: boolean;
  readonly weekday: Weekday;
  /** 0–23 in the spreadsheet's time zone */
  readonly hour: number;
  /** reviews due within this many days are listed, with every overdue one */
  readonly daysAhead: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  enabled: false,
  weekday: 'MONDAY',
  hour: 8,
  daysAhead: 30,
};

/** A refused value as the message quotes it: strings in quotes, anything long cut short. */
const shown = (value: unknown) => {
  const text = typeof value === 'string' ? `"${value}"` : String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
};

const wholeNumber = (name: string, min: number, max: number) =>
  z
    .number({
      error: (issue) =>
        `${name} ${shown(issue.input)} is not a number (accepted: a whole number ${min}–${max})`,
    })
    .check(
      z.refine((n) => Number.isInteger(n) && n >= min && n <= max, {
        error: (issue) =>
          `${name} ${shown(issue.input)} is not accepted (accepted: a whole number ${min}–${max})`,
      }),
    );

export const reminderSettingsSchema = z.strictObject({
  enabled: z.boolean({ error: (issue) => `on/off ${shown(issue.input)} must be true or false` }),
  weekday: z.enum(WEEKDAYS, {
    error: (issue) =>
      `weekday ${shown(issue.input)} is not a day of the week (accepted: ${WEEKDAYS.join(', ')})`,
  }),
  hour: wholeNumber('hour', 0, 23),
  daysAhead: wholeNumber('days ahead', MIN_WINDOW_DAYS, MAX_WINDOW_DAYS),
});

/** "Mondays at 08:00" */
export function describeSchedule(settings: ReminderSettings): string {
  const day = settings.weekday.charAt(0) + settings.weekday.slice(1).toLowerCase();
  return `${day}s at ${String(settings.hour).padStart(2, '0')}:00`;
}
