/**
 * approvalCalls: spreadsheet calls of one approval, the whole execution (open the spreadsheet, read
 * Settings, the Proposals sheet — before and under the lock — the Ladder, the engineer's row and the
 * log's request ids, ask whether this user may edit the row, the log and Proposals, write the row,
 * append the log and Proposals rows, flush), with 10, 100 and 1000 engineers and 10, 100 and 1000 past proposals
 * ("engineers/proposals"). Whole-sheet reads are one call whatever their size, so the count stays flat.
 */
import { countApprovalCalls, loadApprovalRuntime, proposeMove } from '../../tests/support/approvalWorkbook';
import { requestFor, sampleTeam } from '../../tests/support/promotionWorkbook';

export const name = 'Approvals';
export const about = 'spreadsheet calls of one approval with 10–1000 engineers and 10–1000 past proposals';
export const budgets = { approvalCalls: 12 };

const SIZES = [10, 100, 1000] as const;

export async function measure(): Promise<Record<string, Record<string, number>>> {
  const approvalCalls: Record<string, number> = {};
  for (const engineers of SIZES) {
    for (const past of SIZES) {
      const rt = loadApprovalRuntime(sampleTeam(engineers), { past });
      const name = `Engineer ${engineers}`;
      const request = requestFor(rt, engineers + 1, name, {
        type: 'promote',
        to: { position: 'D5', step: 1 },
        justification: 'Leads the platform migration across teams.',
      });
      const proposed = proposeMove(rt, request);
      if (proposed.outcome !== 'proposed')
        throw new Error(`approvalCalls: not proposed (${proposed.message})`);
      const { outcome, total } = countApprovalCalls(rt, request.requestId, name);
      if (outcome.outcome !== 'decided') throw new Error(`approvalCalls: not approved (${outcome.message})`);
      approvalCalls[`${engineers}/${past}`] = total;
      rt.dispose();
    }
  }
  return { approvalCalls };
}
