/**
 * What the review reminders keep in the spreadsheet's document properties (shared by everyone who uses
 * it): the settings, the one time-driven trigger that sends the digest (its id and who installed it:
 * it runs as them), and the last runs. Every value is validated when read; one that does not parse is
 * read as the default rather than trusted.
 */
import * as z from 'zod/mini';
import {
  DEFAULT_REMINDER_SETTINGS,
  reminderSettingsSchema,
  type ReminderSettings,
} from '../../domain/reminderSettings';
import type { ReminderRun } from '../rpc';

const SETTINGS_KEY = 'careerLadder.reminders.settings';
const TRIGGER_KEY = 'careerLadder.reminders.trigger';
const RUNS_KEY = 'careerLadder.reminders.runs';

/** Runs kept; the oldest go first, and more while the list is above a property value's 9 KB. */
const MAX_RUNS = 10;
const MAX_VALUE_CHARS = 8000;
/** Longest error message and names list a run keeps. */
const MAX_TEXT = 300;
const MAX_NAMES = 10;

export interface InstalledTrigger {
  readonly uid: string;
  /** Who installed it ('' when the platform did not say): the digest is sent from their account. */
  readonly owner: string;
}

const triggerSchema = z.strictObject({ uid: z.string(), owner: z.string() });
const runSchema = z.strictObject({
  at: z.string(),
  kind: z.enum(['weekly', 'preview']),
  outcome: z.enum(['sent', 'nothing-due', 'quota', 'failed']),
  emails: z.number(),
  unreachable: z.array(z.string()),
  message: z.string(),
});

type Properties = GoogleAppsScript.Properties.Properties;

export function documentProperties(): Properties {
  const properties = PropertiesService.getDocumentProperties();
  if (!properties) throw new Error('Review reminders are only available inside a spreadsheet.');
  return properties;
}

function readJson<T>(properties: Properties, key: string, schema: z.ZodMiniType<T>): T | undefined {
  const text = properties.getProperty(key);
  if (text === null) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function readSettings(properties: Properties): ReminderSettings {
  return readJson(properties, SETTINGS_KEY, reminderSettingsSchema) ?? DEFAULT_REMINDER_SETTINGS;
}

export function writeSettings(properties: Properties, settings: ReminderSettings): void {
  properties.setProperty(SETTINGS_KEY, JSON.stringify(settings));
}

export function readInstalledTrigger(properties: Properties): InstalledTrigger | undefined {
  return readJson(properties, TRIGGER_KEY, triggerSchema);
}

export function writeInstalledTrigger(properties: Properties, trigger: InstalledTrigger | undefined): void {
  if (trigger) properties.setProperty(TRIGGER_KEY, JSON.stringify(trigger));
  else properties.deleteProperty(TRIGGER_KEY);
}

/** The runs recorded, newest first. */
export function readRuns(properties: Properties): ReminderRun[] {
  return readJson(properties, RUNS_KEY, z.array(runSchema)) ?? [];
}

const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

/** Records a run first in the list, keeping the list within MAX_RUNS and one property value. */
export function recordRun(properties: Properties, run: ReminderRun): void {
  const names = run.unreachable.map(clip);
  const kept: ReminderRun = {
    ...run,
    message: clip(run.message),
    unreachable:
      names.length > MAX_NAMES
        ? [...names.slice(0, MAX_NAMES), `and ${names.length - MAX_NAMES} more`]
        : names,
  };
  const runs = [kept, ...readRuns(properties)].slice(0, MAX_RUNS);
  while (runs.length > 1 && JSON.stringify(runs).length > MAX_VALUE_CHARS) runs.pop();
  properties.setProperty(RUNS_KEY, JSON.stringify(runs));
}
