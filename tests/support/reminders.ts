/**
 * Review reminders for tests and bench: a team where every tenth engineer manages the next nine (each
 * with an email and a review due), and the spreadsheet calls of one weekly digest run.
 */
import { loadPromotionRuntime, type EngineerSeed } from './promotionWorkbook';
import type { Runtime } from './runtime';
import { spreadsheetCalls } from './serviceCalls';

export const WEEK_MS = 7 * 86_400_000;

export const REMINDERS_ON = { enabled: true, weekday: 'MONDAY', hour: 8, daysAhead: 30 } as const;

/** `count` engineers in teams of ten, every one with an email and a step review overdue. */
export function managedTeam(count: number): EngineerSeed[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `Engineer ${i + 1}`,
    position: 'D2',
    step: 1,
    manager: i % 10 === 0 ? '' : `Engineer ${i - (i % 10) + 1}`,
    email: `engineer${i + 1}@example.com`,
    lastStepReview: '2024-07-01',
    lastLevelReview: '2024-07-01',
  }));
}

/** Lets a week pass with reminders on and gives the spreadsheet calls of the digest run it fired. */
export function digestRunCalls(rt: Runtime): number {
  rt.clock.advance(WEEK_MS);
  const runs = rt.calls.all.filter((execution) => execution.kind === 'timeDriven');
  return spreadsheetCalls(runs[runs.length - 1]?.byMethod ?? {});
}

/** One digest run's spreadsheet calls with a managed team of `size` (bench: digestCalls). */
export function measureDigestCalls(size: number): { calls: number; emails: number } {
  const rt = loadPromotionRuntime(managedTeam(size), [], { mailQuota: 1500 });
  rt.run('remindersSave', REMINDERS_ON);
  const calls = digestRunCalls(rt);
  return { calls, emails: rt.outbox.length };
}
