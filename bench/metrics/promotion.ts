/**
 * promotionCalls: spreadsheet calls one recorded promotion makes while it holds the document lock
 * (read the row, read the log's request ids, write the row, append the log row, flush), for teams of
 * 10, 100 and 1000 engineers. The budget is 8 whatever the team size.
 */
import {
  countRecordingCalls,
  loadPromotionRuntime,
  requestFor,
  sampleTeam,
} from '../../tests/support/promotionWorkbook';

export const name = 'promotionCalls';

const TEAM_SIZES = [10, 100, 1000] as const;

export async function measure(): Promise<Record<string, number>> {
  const calls: Record<string, number> = {};
  for (const size of TEAM_SIZES) {
    const rt = loadPromotionRuntime(sampleTeam(size));
    const request = requestFor(rt, size + 1, `Engineer ${size}`, {
      type: 'review',
      review: 'step',
      justification: '',
    });
    const { outcome, underLock } = countRecordingCalls(rt, request);
    if (outcome.outcome !== 'recorded')
      throw new Error(`promotionCalls: the move was not recorded (${outcome.message})`);
    calls[String(size)] = underLock;
  }
  return calls;
}
