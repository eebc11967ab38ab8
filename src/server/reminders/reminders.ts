/**
 * The review reminders' endpoints (the Review reminders dialog) and the weekly trigger's handler.
 */
import * as z from 'zod/mini';
import { describeSchedule, type ReminderSettings } from '../../domain/reminderSettings';
import { withDocumentLock } from '../lock';
import type { PreviewOutcome, ReminderRun, ReminderState } from '../rpc';
import { runDigest } from './digestRun';
import { documentProperties, readInstalledTrigger, readRuns, readSettings, writeSettings } from './store';
import {
  deleteTriggerById,
  describeTriggerState,
  installTrigger,
  removeTrigger,
  triggerState,
} from './trigger';

export const emptyRequestSchema = z.strictObject({});

/** The active user's email; '' where the platform does not say (contracts 11.5). */
function activeEmail(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch {
    return '';
  }
}

/** Everything the dialog shows; reads no sheet but the spreadsheet's time zone. */
export function loadReminderState(): ReminderState {
  const properties = documentProperties();
  const settings = readSettings(properties);
  const state = triggerState(properties, activeEmail());
  const [lastRun] = readRuns(properties);
  const remainingQuota = MailApp.getRemainingDailyQuota();
  const quotaProblem =
    lastRun?.outcome === 'quota'
      ? lastRun.message
      : settings.enabled && remainingQuota === 0
        ? "Today's mail quota is used up: a digest run now would send nothing."
        : '';
  return {
    settings,
    timeZone: SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(),
    triggerStatus: state.status,
    trigger: describeTriggerState(state, describeSchedule(settings)),
    lastRun: lastRun ?? null,
    remainingQuota,
    quotaProblem,
  };
}

/**
 * Saves the settings under the document lock: on installs (or replaces) the one weekly trigger at the
 * weekday and hour in the spreadsheet's zone, off removes it.
 */
export function saveReminderSettings(settings: ReminderSettings): ReminderState {
  const properties = documentProperties();
  withDocumentLock(() => {
    if (settings.enabled) {
      const timeZone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
      installTrigger(properties, settings, timeZone, activeEmail());
    } else {
      removeTrigger(properties);
    }
    writeSettings(properties, settings);
  });
  return loadReminderState();
}

/** Sends the current user a preview of the digest now: their reports' reviews, or the whole team's. */
export function previewReminders(): PreviewOutcome {
  const email = activeEmail();
  if (email === '') {
    return {
      outcome: 'previewed',
      sent: false,
      message: 'Your email address is not available to the add-on, so no preview was sent.',
    };
  }
  const properties = documentProperties();
  const settings = readSettings(properties);
  const { run } = runDigest(properties, settings, 'preview', email);
  const message =
    run.outcome === 'sent'
      ? `A preview was sent to ${email}.`
      : run.outcome === 'nothing-due'
        ? `No review is overdue or due within ${settings.daysAhead} days: nothing was sent.`
        : run.message;
  return { outcome: 'previewed', sent: run.outcome === 'sent', message };
}

/**
 * The weekly trigger's handler. A trigger this spreadsheet no longer knows (reminders turned off, or
 * turned on again by someone else, whose trigger now sends) deletes itself and sends nothing.
 */
export function sendReviewReminders(event?: { triggerUid?: unknown }): void {
  const properties = documentProperties();
  const settings = readSettings(properties);
  const stored = readInstalledTrigger(properties);
  const uid = event?.triggerUid === undefined ? undefined : String(event.triggerUid);
  if (!settings.enabled || !stored || (uid !== undefined && uid !== stored.uid)) {
    if (uid !== undefined) deleteTriggerById(uid);
    return;
  }
  runDigest(properties, settings, 'weekly');
}

/** A recorded run in words: "2025-01-20 08:12 UTC (weekly): 1 email(s), sent". */
function describeRun(run: ReminderRun): string {
  const when = `${run.at.replace('T', ' ').slice(0, 16)} UTC`;
  return `${when} (${run.kind}): ${run.emails} email(s), ${run.outcome}${run.message ? `: ${run.message}` : ''}`;
}

/** What Diagnose says about the review reminders: the trigger, the last run and the mail quota. */
export function reminderFacts(user: string): [string, string][] {
  try {
    const properties = documentProperties();
    const settings = readSettings(properties);
    const [lastRun] = readRuns(properties);
    return [
      ['Review reminders', describeTriggerState(triggerState(properties, user), describeSchedule(settings))],
      ['Last reminder run', lastRun ? describeRun(lastRun) : 'none yet'],
      ['Mail quota left today', String(MailApp.getRemainingDailyQuota())],
    ];
  } catch (error) {
    return [['Review reminders', `cannot be read: ${String((error as Error)?.message ?? error)}`]];
  }
}
