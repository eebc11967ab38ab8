/**
 * One run of the review reminders: read Team and the Ladder once each, work out each manager's digest,
 * check the daily mail quota covers every manager before sending any, send, and record the run in
 * document properties whatever happens (a time-driven trigger has no UI, and an add-on's failing
 * trigger mails nobody [doc] workspace-add-ons/concepts/editor-triggers#restrictions).
 */
import {
  digestEmail,
  dueReviews,
  managerDigests,
  type DigestMember,
  type ManagerDigest,
} from '../../domain/reviewDigest';
import type { ReminderSettings } from '../../domain/reminderSettings';
import { openTeamSheet } from '../promotions/teamTable';
import { openWorkbook, type Workbook } from '../promotions/workbook';
import type { ReminderRun } from '../rpc';
import { recordRun } from './store';

type Properties = GoogleAppsScript.Properties.Properties;

const messageOf = (error: unknown) => String((error as { message?: unknown } | null)?.message ?? error);

/** The engineers Team lists (rows it cannot read are left out, as the sidebar does). */
export function readMembers(workbook: Workbook): DigestMember[] {
  return openTeamSheet(workbook).rows.map(({ value }) => value);
}

export interface RunResult {
  readonly run: ReminderRun;
  /** the digests mailed, for the caller's message */
  readonly sent: readonly ManagerDigest[];
}

interface Plan {
  readonly digests: readonly ManagerDigest[];
  readonly unreachable: readonly string[];
}

/** The weekly run: one digest per manager with reviews due and an email on Team. */
function weeklyPlan(members: readonly DigestMember[], workbook: Workbook, daysAhead: number): Plan {
  const all = managerDigests(members, workbook.today, daysAhead);
  return {
    digests: all.filter((digest) => digest.email !== ''),
    unreachable: all.filter((digest) => digest.email === '').map((digest) => digest.manager),
  };
}

/**
 * The preview: to `email` only, the digest of their own reports when Team lists them as a manager with
 * that email, else every review due in the team.
 */
function previewPlan(
  members: readonly DigestMember[],
  workbook: Workbook,
  daysAhead: number,
  email: string,
): Plan {
  const own = managerDigests(members, workbook.today, daysAhead).find(
    (digest) => digest.email !== '' && digest.email === email.toLowerCase(),
  );
  if (own) return { digests: [own], unreachable: [] };
  const reviews = dueReviews(members, workbook.today, daysAhead);
  return {
    digests: reviews.length > 0 ? [{ manager: '', email, reviews, wholeTeam: true }] : [],
    unreachable: [],
  };
}

/**
 * Runs the digest (weekly: to every manager; preview: to `previewTo` only) and records it. A run that
 * throws is recorded with what was sent before the error, then rethrown.
 */
export function runDigest(
  properties: Properties,
  settings: ReminderSettings,
  kind: ReminderRun['kind'],
  previewTo = '',
): RunResult {
  const at = new Date().toISOString();
  let emails = 0;
  let unreachable: readonly string[] = [];
  const sent: ManagerDigest[] = [];
  const record = (outcome: ReminderRun['outcome'], message: string): RunResult => {
    const run = { at, kind, outcome, emails, unreachable: [...unreachable], message };
    recordRun(properties, run);
    return { run, sent };
  };
  try {
    const workbook = openWorkbook();
    const members = readMembers(workbook);
    const plan =
      kind === 'weekly'
        ? weeklyPlan(members, workbook, settings.daysAhead)
        : previewPlan(members, workbook, settings.daysAhead, previewTo);
    unreachable = plan.unreachable;
    const missing =
      unreachable.length > 0
        ? `No email for ${unreachable.join(', ')}: give each a Team row with an address in its Email column.`
        : '';
    if (plan.digests.length === 0) return record('nothing-due', missing);
    // "the number of recipients you can send emails to for the rest of the day" [doc] reference/mail/mail-app
    const quota = MailApp.getRemainingDailyQuota();
    if (quota < plan.digests.length) {
      return record(
        'quota',
        `None sent: ${plan.digests.length} managers have reviews due but today's mail quota covers ${quota} more recipients. ${missing}`.trim(),
      );
    }
    const context = {
      today: workbook.today,
      daysAhead: settings.daysAhead,
      spreadsheetName: workbook.spreadsheet.getName(),
      url: workbook.spreadsheet.getUrl(),
    };
    for (const digest of plan.digests) {
      const email = digestEmail(digest, context);
      MailApp.sendEmail({
        to: email.to,
        subject: email.subject,
        body: email.body,
        htmlBody: email.htmlBody,
        name: 'Career Ladder',
      });
      emails += 1;
      sent.push(digest);
    }
    return record('sent', missing);
  } catch (error) {
    record('failed', `Stopped after ${emails} email(s): ${messageOf(error)}`);
    throw error;
  }
}
