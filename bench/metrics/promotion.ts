/**
 * promotionCalls: spreadsheet calls one recorded move makes while it holds the document lock (read the
 * row, locate and read the log's request ids, write the row, append the log row, flush), for teams of
 * 10, 100 and 1000 engineers; the budget is 8 whatever the team size. promotionExecutionCalls: the whole
 * execution, including opening the spreadsheet, its time zone, the Settings and Ladder reads and asking
 * whether this user may edit the row and the log before the lock; issue 12 set its budget of 8.
 */
import {
  countRecordingCalls,
  loadPromotionRuntime,
  requestFor,
  sampleTeam,
} from '../../tests/support/promotionWorkbook';

export const name = 'Promotions';
export const about = 'spreadsheet calls per recorded move with a team of 10, 100 and 1000 engineers';
export const budgets = { promotionCalls: 8, promotionExecutionCalls: 8 };

const TEAM_SIZES = [10, 100, 1000] as const;

export async function measure(): Promise<Record<string, Record<string, number>>> {
  const promotionCalls: Record<string, number> = {};
  const promotionExecutionCalls: Record<string, number> = {};
  for (const size of TEAM_SIZES) {
    const rt = loadPromotionRuntime(sampleTeam(size));
    const request = requestFor(rt, size + 1, `Engineer ${size}`, {
      type: 'review',
      review: 'step',
      justification: '',
    });
    const { outcome, underLock, total } = countRecordingCalls(rt, request);
    if (outcome.outcome !== 'recorded') {
      throw new Error(`promotionCalls: the move was not recorded (${outcome.message})`);
    }
    promotionCalls[String(size)] = underLock;
    promotionExecutionCalls[String(size)] = total;
  }
  return { promotionCalls, promotionExecutionCalls };
}
