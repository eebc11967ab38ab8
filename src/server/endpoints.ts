import type * as z from 'zod/mini';
import { loadEngineerCard } from './promotions/engineerCard';
import {
  approvalsRequestSchema,
  decideRequestSchema,
  engineerRequestSchema,
  recordRequestSchema,
  teamRequestSchema,
} from './promotions/payloads';
import { decide, loadApprovals, propose } from './promotions/proposals';
import { recordMove } from './promotions/recordMove';
import { refusalOf } from './refusal';
import { loadTeamList } from './promotions/teamList';
import type { EndpointName, PayloadOf, Refusal, ResultOf } from './rpc';
import { reminderSettingsSchema } from '../domain/reminderSettings';
import { loadReviewCalendar } from './reminders/calendar';
import { calendarRequestSchema } from './reminders/payloads';
import {
  emptyRequestSchema,
  loadReminderState,
  previewReminders,
  saveReminderSettings,
} from './reminders/reminders';

/**
 * What google.script.run calls: the payload arrives untyped and is validated before anything runs; a
 * refused request (its code and why) is the answer, and only a fault is thrown.
 */
export type Endpoint<K extends EndpointName> = (payload: unknown) => ResultOf<K> | Refusal;

type Issue = z.core.$ZodIssue;

function describeIssue(issue: Issue): string {
  if (issue.code === 'unrecognized_keys')
    return `unexpected field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message === 'Invalid input'
    ? `${issue.path.join('.') || 'the request'} is not valid`
    : issue.message;
}

function validated<K extends EndpointName>(
  schema: z.ZodMiniType<PayloadOf<K>>,
  handle: (payload: PayloadOf<K>) => ResultOf<K>,
): Endpoint<K> {
  return (payload) => {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      const problems = [...new Set(parsed.error.issues.map(describeIssue))];
      return {
        outcome: 'invalid-request',
        message: `The request was refused (${problems.join('; ')}). Nothing was changed.`,
      };
    }
    try {
      return handle(parsed.data);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal) return refusal;
      throw error;
    }
  };
}

/** Every sidebar endpoint by its global name: exactly the names of SidebarRpc. */
export const sidebarEndpoints: { readonly [K in EndpointName]: Endpoint<K> } = {
  promotionsTeam: validated<'promotionsTeam'>(teamRequestSchema, loadTeamList),
  promotionsEngineer: validated<'promotionsEngineer'>(engineerRequestSchema, loadEngineerCard),
  promotionsRecord: validated<'promotionsRecord'>(recordRequestSchema, recordMove),
  promotionsApprovals: validated<'promotionsApprovals'>(approvalsRequestSchema, loadApprovals),
  promotionsPropose: validated<'promotionsPropose'>(recordRequestSchema, propose),
  promotionsDecide: validated<'promotionsDecide'>(decideRequestSchema, decide),
  remindersState: validated<'remindersState'>(emptyRequestSchema, loadReminderState),
  remindersSave: validated<'remindersSave'>(reminderSettingsSchema, saveReminderSettings),
  remindersPreview: validated<'remindersPreview'>(emptyRequestSchema, previewReminders),
  reviewCalendar: validated<'reviewCalendar'>(calendarRequestSchema, loadReviewCalendar),
};
