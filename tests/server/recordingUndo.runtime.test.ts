/**
 * A recording that fails after the permission check (a protection narrowed in the moment between the
 * check and the writes) is undone: the rows it appended are cleared and the Team row put back, so the
 * move can be recorded again, once. Sheets may refuse such a write at the call or only when it applies
 * pending writes (contracts 14.5): both are played.
 */
import type { Runtime } from '../../dev/runtime';
import type { PlatformSwitches } from '../../dev/runtime';
import {
  ADA,
  APPROVER,
  TO_D3,
  as,
  decideOn,
  loadApprovalRuntime,
  PROPOSER,
  proposalRows,
  proposeMove,
  SECOND_APPROVER,
} from '../support/approvalWorkbook';
import {
  loadPromotionRuntime,
  logRows,
  record,
  requestFor,
  tamperPromotionWorkbook,
  teamInputs,
} from '../support/promotionWorkbook';

const OWNER = PROPOSER;
const WHEN: ReadonlyArray<PlatformSwitches['protectedWriteFails']> = ['at-call', 'at-flush'];

/** Runs `script` as the owner (who may change any protection), then goes back to `user`. */
function asOwner(rt: Runtime, user: string, script: string): void {
  rt.setActiveUser(OWNER);
  tamperPromotionWorkbook(rt, script);
  rt.setActiveUser(user);
}

const narrow = (sheet: string) =>
  `var p = ss.getSheetByName('${sheet}').protect(); p.removeEditors(p.getEditors()); p.setDomainEdit(false);`;
const lift = (sheet: string) =>
  `ss.getSheetByName('${sheet}').getProtections(SpreadsheetApp.ProtectionType.SHEET).forEach(function (p) { p.remove(); });`;

describe.each(WHEN)('a write refused %s', (protectedWriteFails) => {
  test('an approval whose Proposals row is refused keeps no log row and leaves the proposal pending; approved again, it is recorded once', () => {
    const rt = loadApprovalRuntime([ADA], { platform: { protectedWriteFails } });
    const request = requestFor(rt, 2, 'Ada', TO_D3);
    expect(proposeMove(rt, request).outcome).toBe('proposed');
    const before = teamInputs(rt, 2);
    const approve = {
      proposalId: request.requestId,
      engineer: 'Ada',
      decision: 'approve' as const,
      reason: '',
    };
    rt.during('Sheet.appendRow', () => asOwner(rt, APPROVER, narrow('Proposals')));
    const refused = as(rt, APPROVER, () => decideOn(rt, approve));
    expect(refused.outcome).toBe('protected');
    // refused at the call, the refusal names the Proposals sheet; at a flush, the writes cannot be told apart
    const named =
      protectedWriteFails === 'at-call'
        ? 'the protected Proposals sheet'
        : 'one of the protected sheets an approval writes (Proposals, Promotion Log, or this Team row)';
    expect(refused.message).toContain(`Your account is not an editor of ${named}`);
    expect([logRows(rt), teamInputs(rt, 2), proposalRows(rt).map((row) => row[1])]).toEqual([
      [],
      before,
      ['proposed'],
    ]);
    asOwner(rt, PROPOSER, lift('Proposals'));
    expect(as(rt, SECOND_APPROVER, () => decideOn(rt, approve)).outcome).toBe('decided');
    expect(logRows(rt)).toHaveLength(1);
    expect(proposalRows(rt).map((row) => row[1])).toEqual(['proposed', 'approved']);
  });

  test('a direct recording whose Team row is refused keeps no log row; sent again, it is recorded once', () => {
    const rt = loadPromotionRuntime([ADA], [], { activeUser: OWNER, platform: { protectedWriteFails } });
    rt.setActiveUser(APPROVER);
    const review = requestFor(rt, 2, 'Ada', { type: 'review', review: 'step', justification: '' });
    const before = teamInputs(rt, 2);
    rt.during('Lock.tryLock', () => asOwner(rt, APPROVER, narrow('Team')));
    expect(record(rt, review).outcome).toBe('protected');
    expect([logRows(rt), teamInputs(rt, 2)]).toEqual([[], before]);
    asOwner(rt, APPROVER, lift('Team'));
    expect(record(rt, review).outcome).toBe('recorded');
    expect(logRows(rt)).toHaveLength(1);
  });
});
