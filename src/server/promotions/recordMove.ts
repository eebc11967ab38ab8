import { formatIsoDate, parseIsoDate, type CalendarDate } from '../../domain/dates';
import { LOGGED_KIND_TITLES, planMove, type LoggedKind, type MovePlan } from '../../domain/moves';
import { LockBusyError, withDocumentLock } from '../lock';
import { Refused } from '../refusal';
import type { RecordOutcome, RecordRequest, Refusal } from '../rpc';
import { needsApproval, type ApprovalPolicy } from '../../domain/approvals';
import { assertCanRecord } from './canRecord';
import { quietly, undoAppend } from './undoAppend';
import { rowVersion } from './rowVersion';
import { inputsAfterMove, inputsAsRead, nameIn, STEP_INDEX, teamRowA1 } from './teamRow';
import { openWorkbook, readLadder, readPolicy, type Workbook } from './workbook';
import { columnIndex, SHEET_NAMES } from '../../tables/layout';
import {
  hasRequestId,
  logColumnsA1,
  logRow,
  PROMOTION_LOG_HEADERS,
  requestIdColumnA1,
} from '../../tables/promotionLog';
import { readTeamRow, type TeamMember } from '../../tables/team';

type Range = GoogleAppsScript.Spreadsheet.Range;

export function teamRowRange(workbook: Workbook, row: number): Range {
  try {
    return workbook.spreadsheet.getRange(teamRowA1(row));
  } catch {
    throw new Refused('row-changed', `Team row ${row} does not exist. Reload the team list.`);
  }
}

/** The Promotion Log's columns (header row down), or a refusal when set-up has not made the sheet. */
function promotionLogColumns(workbook: Workbook): Range {
  try {
    return workbook.spreadsheet.getRange(logColumnsA1());
  } catch {
    throw new Refused(
      'not-set-up',
      `This spreadsheet has no "${SHEET_NAMES.promotionLog}" sheet. Run Career Ladder ▸ Set up workbook first.`,
    );
  }
}

/** Whose view of the row a change is measured against: the sidebar's, or the proposal's. */
type RowSeenBy = 'sidebar' | 'proposal';

/**
 * The refusal for a row that no longer is what the sidebar loaded (or what a proposal was made
 * against), or undefined when it still is.
 */
export function changedRow(
  values: readonly unknown[],
  request: RecordRequest,
  seenBy: RowSeenBy = 'sidebar',
): Refusal | undefined {
  const holder = nameIn(values);
  if (holder !== request.name.trim()) {
    const now = holder === '' ? 'holds no engineer' : `now holds ${holder}`;
    return {
      outcome: 'row-changed',
      message:
        seenBy === 'proposal'
          ? `Team row ${request.row} ${now}, not ${request.name}, since the proposal was made.`
          : `Team row ${request.row} ${now}, not ${request.name}: the team changed since the sidebar loaded it. Nothing was recorded: reload the list.`,
    };
  }
  if (rowVersion(values) !== request.version) {
    return {
      outcome: 'row-changed',
      message:
        seenBy === 'proposal'
          ? `${holder}'s row changed since the proposal was made (position, step, a date or another input cell).`
          : `${holder}'s row changed since the sidebar loaded it. Nothing was recorded: reload to see the current values.`,
    };
  }
  return undefined;
}

/** The sidebar's idea of where the engineer stands must be the sheet's: a forged "from" is refused. */
export function startProblem(engineer: TeamMember, request: RecordRequest): string | undefined {
  const { from } = request;
  const { position, step } = engineer.place;
  if (position.code !== from.position.trim().toUpperCase() || step !== from.step) {
    return `The request says ${engineer.name} is at ${from.position} step ${from.step}, but Team row ${request.row} has ${position.code} step ${step}. Nothing was recorded.`;
  }
  return undefined;
}

/**
 * Writes a Team row's input cells. When the position changes, Step goes in a second write: its rule
 * reads a helper column computed from Position, and a rule may be checked against the sheet as it was
 * before the whole setValues (contracts 14.2), i.e. against the old position. (The ladder as read
 * cannot tell when one write would do: a blank Steps cell reads as the default there, 0 in the rule.)
 */
function writeInputs(teamRange: Range, cells: readonly unknown[], positionChanges: boolean): void {
  if (!positionChanges) {
    teamRange.setValues([[...cells]]);
    return;
  }
  teamRange.setValues([cells.map((cell, index) => (index === STEP_INDEX ? '' : cell))]);
  teamRange.offset(0, STEP_INDEX, 1, 1).setValues([[cells[STEP_INDEX]]]);
}

/** What an approval adds to recording a proposed move, all under the same lock. */
export interface Approval {
  /** Who proposed the move: the log's "Recorded by" of an approved move. */
  readonly proposedBy: string;
  readonly approvedBy: string;
  readonly proposalId: string;
  /** Read under the lock before anything else: a refusal (e.g. decided meanwhile) stops the move. */
  readonly stillPending: () => Refusal | undefined;
  /** The engineer's row is no longer what the proposal was made against: records why, answers. */
  readonly stale: (why: string) => Refusal;
  /** The kind of move that was proposed: a ladder changed since may make the same move another kind. */
  readonly kind: LoggedKind;
  /** Appends the "approved" Proposals row, with the Team row and the log row. */
  readonly appendDecision: () => void;
  /** Clears that row again when it was appended and the recording then failed. */
  readonly undoDecision: () => void;
}

/** What one recording writes, and what it needs to undo it. */
interface RecordingWrites {
  readonly teamRange: Range;
  readonly before: readonly unknown[];
  readonly after: readonly unknown[];
  readonly positionChanges: boolean;
  readonly log: GoogleAppsScript.Spreadsheet.Sheet;
  readonly entry: unknown[];
  readonly requestId: string;
  readonly approval: Approval | undefined;
}

const LOG_REQUEST_ID_INDEX = columnIndex(PROMOTION_LOG_HEADERS, 'requestId');

/**
 * Writes the Team row, appends the log row (and an approval's Proposals row) and flushes (`commit`),
 * so a refusal that only surfaces when pending writes are applied (contracts 14.5) still happens
 * here. When any of it fails (e.g. a sheet became protected against this user since it was checked),
 * it is undone before the error goes on: the rows this request appended are cleared and flushed first,
 * then the Team row's previous cells are written back, each step on its own so one still refused does
 * not stop the others. Either all change or none does.
 */
function writeRowAndLog(writes: RecordingWrites, commit: () => void): void {
  const { teamRange, before, after, positionChanges, log, entry, requestId, approval } = writes;
  try {
    writeInputs(teamRange, after, positionChanges);
    log.appendRow(entry);
    approval?.appendDecision();
    commit();
  } catch (error) {
    quietly(() => undoAppend(log, LOG_REQUEST_ID_INDEX, entry.length, requestId));
    if (approval) quietly(approval.undoDecision);
    quietly(() => SpreadsheetApp.flush());
    quietly(() => writeInputs(teamRange, inputsAsRead(before), positionChanges));
    throw error;
  }
}

function recordedMessage(name: string, plan: MovePlan): string {
  const move = `${plan.from.position.code} step ${plan.from.step} → ${plan.to.position.code} step ${plan.to.step}`;
  return `Recorded: ${LOGGED_KIND_TITLES[plan.kind].toLowerCase()} for ${name} (${move}), effective ${formatIsoDate(plan.effective)}.`;
}

/** What the move needs beside the request: the workbook's approval policy, and an approval. */
export interface MoveOptions {
  readonly workbook: Workbook;
  readonly policy: ApprovalPolicy;
  readonly approval?: Approval;
}

/**
 * Records one move. The ranges are located first and the platform asked whether this user may write
 * them (canRecord.ts); then, holding the document lock, it reads the engineer's row and the log's
 * request ids, refuses a repeated request or a row changed since the sidebar loaded it, writes the
 * row's input cells and appends one Promotion Log row (all or nothing). The request-id column is
 * located under the lock: an open-ended range ends at the grid's last row when located, and a row
 * appended past it meanwhile (every append, once the log outgrows its grid) must be seen. A move the
 * policy sends for approval is recorded only with its approval (proposals.ts), which is checked under
 * the same lock.
 */
export function recordPlannedMove(request: RecordRequest, options: MoveOptions): RecordOutcome {
  const { workbook, policy, approval } = options;
  const ladder = readLadder(workbook);
  // The payload schema has already checked that this is a real YYYY-MM-DD date.
  const effective = parseIsoDate(request.effectiveDate) as CalendarDate;
  const recordedBy = Session.getActiveUser().getEmail() || 'unknown user';
  const teamRange = teamRowRange(workbook, request.row);
  const logColumns = promotionLogColumns(workbook);
  assertCanRecord(teamRange, logColumns);
  const log = logColumns.getSheet();
  try {
    return withDocumentLock((commit): RecordOutcome => {
      const decided = approval?.stillPending();
      if (decided) return decided;
      const values = teamRange.getValues()[0] as unknown[];
      const requestIds = workbook.spreadsheet.getRange(requestIdColumnA1()).getValues();
      if (hasRequestId(requestIds, request.requestId)) {
        return { outcome: 'already-recorded', message: 'This move was already recorded; nothing was added.' };
      }
      const refusal = changedRow(values, request, approval ? 'proposal' : 'sidebar');
      if (refusal) return approval ? approval.stale(refusal.message) : refusal;
      const engineer = readTeamRow(request.row, values, { ladder, timeZone: workbook.timeZone });
      const moved = startProblem(engineer, request);
      if (moved) {
        if (approval) return approval.stale(moved);
        throw new Refused('row-changed', moved);
      }
      const planned = planMove(ladder, engineer, request.action, effective, workbook.today);
      if (!planned.ok) {
        const problem = `Cannot record this for ${engineer.name}: ${planned.problem}.`;
        if (approval) return approval.stale(problem);
        throw new Refused('refused-move', problem);
      }
      const { plan } = planned;
      if (approval && plan.kind !== approval.kind) {
        const [now, then] = [plan.kind, approval.kind].map((kind) => LOGGED_KIND_TITLES[kind].toLowerCase());
        return approval.stale(
          `the Ladder changed since the proposal was made: this move is now a ${now}, not a ${then}.`,
        );
      }
      if (!approval && needsApproval(policy, plan.kind)) {
        return {
          outcome: 'needs-approval',
          message: `A ${LOGGED_KIND_TITLES[plan.kind].toLowerCase()} needs an approval (Settings): propose it instead. Nothing was recorded.`,
        };
      }
      const { timeZone } = workbook;
      const entry = {
        timestamp: new Date(),
        engineer: engineer.name,
        plan,
        recordedBy: approval ? approval.proposedBy : recordedBy,
        requestId: request.requestId,
        approval: approval && { approvedBy: approval.approvedBy, proposalId: approval.proposalId },
      };
      writeRowAndLog(
        {
          teamRange,
          before: values,
          after: inputsAfterMove(values, plan, timeZone),
          positionChanges: plan.to.position.code !== plan.from.position.code,
          log,
          entry: logRow(entry, timeZone),
          requestId: request.requestId,
          approval,
        },
        commit,
      );
      return { outcome: 'recorded', kind: plan.kind, message: recordedMessage(engineer.name, plan) };
    });
  } catch (error) {
    if (error instanceof LockBusyError) return { outcome: 'busy', message: error.message };
    throw error;
  }
}

/** The promotionsRecord endpoint: a move recorded directly, unless Settings sends its kind for approval. */
export function recordMove(request: RecordRequest): RecordOutcome {
  const workbook = openWorkbook();
  return recordPlannedMove(request, { workbook, policy: readPolicy(workbook) });
}
