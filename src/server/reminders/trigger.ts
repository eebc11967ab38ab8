/**
 * The one time-driven trigger that sends the weekly digest. Its id and installer are kept in document
 * properties, so turning reminders on again replaces this spreadsheet's trigger instead of adding one,
 * and a trigger of another spreadsheet (the same user's triggers of the add-on) is never touched.
 * "Each add-on can only have one trigger of each type, per user, per document" [doc]
 * workspace-add-ons/concepts/editor-triggers#restrictions.
 */
import type { ReminderSettings } from '../../domain/reminderSettings';
import { readInstalledTrigger, writeInstalledTrigger, type InstalledTrigger } from './store';

/** The global the trigger calls (registry: main.ts). */
export const REMINDER_HANDLER = 'sendReviewReminders';

type Properties = GoogleAppsScript.Properties.Properties;
type Trigger = GoogleAppsScript.Script.Trigger;

/** This user's triggers of the add-on that call the reminder handler. */
function handlerTriggers(): Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === REMINDER_HANDLER);
}

/** Deletes this user's trigger with that id, if they have it. */
export function deleteTriggerById(uid: string): boolean {
  const trigger = handlerTriggers().find((t) => t.getUniqueId() === uid);
  if (trigger) ScriptApp.deleteTrigger(trigger);
  return trigger !== undefined;
}

/**
 * Installs the weekly trigger at the settings' weekday and hour in the spreadsheet's zone, replacing this
 * spreadsheet's trigger when this user has it: however often it runs, one trigger remains. The zone is
 * given because a clock trigger's defaults to the script's ([doc] reference/script/clock-trigger-builder
 * #inTimezone); Apps Script runs it at a time it picks within that hour ([doc] guides/triggers/installable
 * #time-driven_triggers).
 */
export function installTrigger(
  properties: Properties,
  settings: ReminderSettings,
  timeZone: string,
  owner: string,
): InstalledTrigger {
  const stored = readInstalledTrigger(properties);
  if (stored) deleteTriggerById(stored.uid);
  const trigger = ScriptApp.newTrigger(REMINDER_HANDLER)
    .timeBased()
    .everyWeeks(1)
    .onWeekDay(ScriptApp.WeekDay[settings.weekday])
    .atHour(settings.hour)
    .inTimezone(timeZone)
    .create();
  const installed = { uid: trigger.getUniqueId(), owner };
  writeInstalledTrigger(properties, installed);
  return installed;
}

/** Removes this spreadsheet's trigger (when it is this user's) and forgets it. */
export function removeTrigger(properties: Properties): void {
  const stored = readInstalledTrigger(properties);
  if (stored) deleteTriggerById(stored.uid);
  writeInstalledTrigger(properties, undefined);
}

/**
 * off: no trigger; on: this user's trigger is installed; other-user: someone else's account sends the
 * digest (their trigger, which this user cannot see); missing: this user's trigger was deleted outside
 * the add-on (e.g. from the Apps Script dashboard).
 */
export type TriggerStatus = 'off' | 'on' | 'other-user' | 'missing';

export interface TriggerState {
  readonly status: TriggerStatus;
  readonly owner: string;
}

export function triggerState(properties: Properties, user: string): TriggerState {
  const stored = readInstalledTrigger(properties);
  if (!stored) return { status: 'off', owner: '' };
  if (handlerTriggers().some((t) => t.getUniqueId() === stored.uid))
    return { status: 'on', owner: stored.owner };
  const someoneElse = stored.owner !== '' && stored.owner.toLowerCase() !== user.toLowerCase();
  return { status: someoneElse ? 'other-user' : 'missing', owner: stored.owner };
}

/** The trigger state in words, for the dialog and Diagnose. */
export function describeTriggerState(state: TriggerState, schedule: string): string {
  switch (state.status) {
    case 'off':
      return 'off: no trigger is installed';
    case 'on':
      return `on: one weekly trigger, ${schedule}, sending from ${state.owner || 'your account'}`;
    case 'other-user':
      return `on: installed by ${state.owner}, whose account sends the digest (${schedule})`;
    case 'missing':
      return 'turned on, but its trigger was deleted outside the add-on: turn reminders on again';
  }
}
