/**
 * A promotion workbook (promotionWorkbook.ts) with the Settings and Proposals sheets as set-up lays
 * them out, for the approval flow's tests and bench: approvers by email, the default policy, and any
 * number of past (decided) proposals.
 */
import type { LoadOptions, Runtime } from '../../dev/runtime';
import { DEFAULT_NEEDS_APPROVAL } from '../../src/domain/approvals';
import { LOGGED_KIND_TITLES } from '../../src/domain/moves';
import type {
  ApprovalsView,
  DecideOutcome,
  DecideRequest,
  ProposeOutcome,
  RecordRequest,
} from '../../src/server/rpc';
import { SHEET_NAMES } from '../../src/tables/layout';
import { PROPOSAL_HEADERS } from '../../src/tables/proposals';
import { NO, SETTINGS_HEADERS, SETTINGS_KINDS, YES } from '../../src/tables/settings';
import { loadPromotionRuntime, type AssessmentSeed, type EngineerSeed } from './promotionWorkbook';
import { isSpreadsheetCall } from './serviceCalls';

export const PROPOSER = 'maya.chen@example.com';
export const APPROVER = 'ravi.patel@example.com';
export const SECOND_APPROVER = 'priya.natarajan@example.com';

function settingsRows(approvers: readonly string[]): unknown[][] {
  const rows = Math.max(approvers.length, SETTINGS_KINDS.length);
  return [
    Object.values(SETTINGS_HEADERS),
    ...Array.from({ length: rows }, (_, i) => {
      const kind = SETTINGS_KINDS[i];
      return [
        approvers[i] ?? '',
        kind ? LOGGED_KIND_TITLES[kind] : '',
        kind ? (DEFAULT_NEEDS_APPROVAL[kind] ? YES : NO) : '',
      ];
    }),
  ];
}

/** `count` proposals of someone who left, each proposed then withdrawn (two rows each). */
function pastProposals(count: number): unknown[][] {
  const at = new Date('2024-06-01T10:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const id = `past-proposal-${String(i).padStart(6, '0')}`;
    const row = (state: string) => [
      id,
      state,
      `Former ${i}`,
      2,
      'D2',
      3,
      'D3',
      1,
      'level',
      at,
      'Past proposal kept for the record.',
      PROPOSER,
      at,
      '0123456789abcdef',
      '',
      id,
    ];
    return [row('proposed'), row('withdrawn')];
  }).flat();
}

/** Ada at D2 step 3, the engineer whose level promotion the approval tests propose. */
export const ADA: EngineerSeed = {
  name: 'Ada',
  position: 'D2',
  step: 3,
  manager: 'Maya Chen',
  inPositionSince: '2023-03-01',
  lastStepReview: '2024-03-01',
  lastLevelReview: '2023-03-01',
};

export const JUSTIFICATION = 'Led the storage migration end to end.';

/** Ada's level promotion, D2 step 3 → D3 step 1. */
export const TO_D3 = {
  type: 'promote' as const,
  to: { position: 'D3', step: 1 },
  justification: JUSTIFICATION,
};

/** A promotion workbook whose Settings names `approvers`, with `past` decided proposals on Proposals. */
export function loadApprovalRuntime(
  engineers: readonly EngineerSeed[],
  {
    approvers = [APPROVER, SECOND_APPROVER, PROPOSER],
    past = 0,
    assessments = [] as AssessmentSeed[],
    platform = {} as NonNullable<LoadOptions['platform']>,
  } = {},
): Runtime {
  const rt = loadPromotionRuntime(engineers, assessments, { activeUser: PROPOSER, platform });
  rt.call('seedPromotionWorkbook', [
    { name: SHEET_NAMES.settings, rows: settingsRows(approvers) },
    { name: SHEET_NAMES.proposals, rows: [Object.values(PROPOSAL_HEADERS), ...pastProposals(past)] },
  ]);
  return rt;
}

/** Runs `fn` as `email` (Session.getActiveUser), then goes back to the proposer, who is signed in by default. */
export function as<T>(rt: Runtime, email: string, fn: () => T): T {
  rt.setActiveUser(email);
  try {
    return fn();
  } finally {
    rt.setActiveUser(PROPOSER);
  }
}

export function proposeMove(rt: Runtime, request: RecordRequest): ProposeOutcome {
  return rt.run('promotionsPropose', request) as ProposeOutcome;
}

export function decideOn(
  rt: Runtime,
  request: Omit<DecideRequest, 'requestId'> & { requestId?: string },
): DecideOutcome {
  return rt.run('promotionsDecide', {
    requestId: `decide-${Math.random().toString(16).slice(2, 10)}`,
    ...request,
  }) as DecideOutcome;
}

export function approvals(rt: Runtime): ApprovalsView {
  return rt.run('promotionsApprovals', {}) as ApprovalsView;
}

/** The Proposals sheet's data rows, as getValues reads them. */
export function proposalRows(rt: Runtime): unknown[][] {
  const last = rt.workbook.sheet(SHEET_NAMES.proposals).lastRow;
  return last < 2 ? [] : (rt.workbook.values(`'${SHEET_NAMES.proposals}'!A2:P${last}`) as unknown[][]);
}

/** Approves a proposal as APPROVER and counts the execution's spreadsheet calls and their methods. */
export function countApprovalCalls(
  rt: Runtime,
  proposalId: string,
  engineer: string,
): { outcome: DecideOutcome; total: number; methods: string[] } {
  const methods: string[] = [];
  const outcome = as(rt, APPROVER, () => {
    const stop = rt.onServiceCall(({ method }) => methods.push(method));
    try {
      return decideOn(rt, { proposalId, engineer, decision: 'approve', reason: '' });
    } finally {
      stop();
    }
  });
  return { outcome, total: methods.filter(isSpreadsheetCall).length, methods };
}
