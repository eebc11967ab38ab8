/**
 * digestCalls: spreadsheet calls of one weekly review-reminder run (read Team and the Ladder once each,
 * the spreadsheet's zone, name and address) with teams of 10, 100 and 1000 engineers, every tenth one
 * managing the next nine; the budget is 10 whatever the team size. digestEmails: the emails it sent.
 */
import { measureDigestCalls } from '../../tests/support/reminders';

export const name = 'Review reminders';
export const about = 'spreadsheet calls of one weekly digest run with a team of 10, 100 and 1000 engineers';
export const budgets = { digestCalls: 10 };

const TEAM_SIZES = [10, 100, 1000] as const;

export async function measure(): Promise<Record<string, Record<string, number>>> {
  const digestCalls: Record<string, number> = {};
  const digestEmails: Record<string, number> = {};
  for (const size of TEAM_SIZES) {
    const { calls, emails } = measureDigestCalls(size);
    if (emails !== size / 10) throw new Error(`digestCalls: ${emails} emails sent for ${size / 10} managers`);
    digestCalls[String(size)] = calls;
    digestEmails[String(size)] = emails;
  }
  return { digestCalls, digestEmails };
}
